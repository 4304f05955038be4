// Interface language: Arabic or English UI strings, remembered in
// localStorage. The document text itself is never translated; only the
// chrome around it. Elements carry data-i18n="key" (text) or
// data-i18n-attr="attr:key;attr:key" and are refreshed on every switch.

const STRINGS = {
  ar: {
    title: 'بيان — مستكشف البيانات العربية',
    tagline: 'مستكشف البيانات والنصوص العربية',
    privacy: 'يعمل كله في متصفحك: لا يُرسَل أي نص إلى أي مكان.',
    language: 'English',
    languageLabel: 'Switch the interface to English',
    teacher: 'وضع المعلّم',
    loadText: 'تحميل نص',
    dropHelp: 'أفلِت ملفًا أو أكثر هنا، أو',
    chooseFile: 'اختر ملفات',
    limit: 'نص عادي حتى {0} م.ب للملف.',
    pasteLabel: 'أو الصق نصًا:',
    pastePlaceholder: 'الصق هنا نص بيان أو خبر…',
    analyzePaste: 'حلّل النص الملصق',
    trySample: 'جرّب البيان النموذجي',
    sampleName: 'البيان الختامي لاجتماع منظمة التعاون الإسلامي بشأن حلب',
    pastedName: 'النص الملصق',
    pastedDirect: 'النص الملصق طويل ({0} محرف)، فحُلِّل مباشرة دون عرضه في مربع اللصق.',
    offlineReady: '✓ جاهز للعمل دون اتصال',
    offlineNow: '✓ دون اتصال: يعمل من النسخة المحفوظة',
    updateNow: 'حدِّث الآن',
    updateReady: 'نسخة جديدة من بيان جاهزة.',
    offlineFailed: 'تعذّر تفعيل العمل دون اتصال: {0}',
    empty: 'النص فارغ: لا شيء لتحليله.',
    analyzing: 'جارٍ تحليل «{0}»…',
    rendering: 'جارٍ عرض النص…',
    analyzed: '«{0}»: {1} رمزًا، {2} كيانًا ({3} م.ث).',
    failed: 'تعذّر التحليل: {0}',
    stop: 'إيقاف',
    stopped: 'أُوقف تحليل «{0}».',
    tooBig: 'الملف «{0}» أكبر من الحد ({1} م.ب)؛ قسّمه إلى ملفات أصغر.',
    notText: 'الملف «{0}» ليس نصًا بترميز UTF-8 أو UTF-16؛ لم يُحمَّل شيء منه.',
    notReadable: '«{0}» {1}، وليس نصًا؛ يقرأ بيان ملفات النص (txt وmd) وHTML وWord (docx).',
    badZip: '«{0}» أرشيف ZIP تالف أو غير مدعوم ({1}).',
    zipArchive: 'أرشيف ZIP',
    badDocx: 'تعذّرت قراءة مستند Word «{0}»: {1}.',
    bomlessUtf16: 'رُمِّز الملف بـ {0} دون علامة ترتيب البايتات (BOM)؛ استُنتج الترميز من البايتات.',
    legacyEncoding: 'الملف ليس UTF-8؛ قُرئ بترميز {0} ({1}٪ من أحرفه غير اللاتينية حروف عربية). إن بدا النص مشوّهًا فاحفظه بترميز UTF-8.',
    invalidBytes1: 'تسلسل بايتات غير صالح في {1}، عند البايت {2}؛ يظهر بالعلامة �.',
    invalidBytes: '{0} تسلسلات بايتات غير صالحة في {1}، أولها عند البايت {2}؛ يظهر كلٌّ منها بالعلامة �.',
    hiddenControls: 'يحوي النص {0} محرفًا خفيًا أو محرف تحكم في الاتجاه ({1})؛ تظهر بعلامات ⟨…⟩ ولا يُعمل بها.',
    formatHtml: 'صفحة HTML (النص وحده)',
    formatDocx: 'مستند Word',
    withBom: '{0} مع BOM',
    listSeparator: '، ',
    docxCrc: 'المستند تالف جزئيًا: لا يطابق المجموع الاختباري (CRC) محتواه؛ قد يكون بعض النص ناقصًا.',
    htmlSkipped: 'حُذف من الصفحة {0} عنصرًا من النصوص البرمجية أو الأنماط أو الرسوم؛ لم يُشغَّل شيء منها.',
    myNames: 'أسمائي: أضف أسماء يعرفها بيان',
    myNamesHelp: 'سطر لكل اسم: الاسم، النوع (PERSON، ORG، LOC، EVENT، LAW…)، معرّف، ترجمة إنجليزية. يُقبل TSV أو CSV أو JSON. تبقى الأسماء في هذا المتصفح.',
    importNames: 'استورد ملفًا',
    applyNames: 'طبّق الأسماء',
    exportNames: 'صدّر (TSV)',
    namesAdded: '{0} اسمًا مضافًا، تُطبَّق على كل تحليل.',
    noNames: 'لا أسماء مضافة.',
    documents: 'المستندات',
    views: 'العروض',
    viewReader: 'القارئ',
    viewWords: 'الكلمات',
    viewConcordance: 'السياقات',
    viewSummary: 'الملخّص',
    viewNormalization: 'التطبيع',
    viewCompare: 'المقارنة',
    viewExport: 'التصدير',
    entityTypes: 'أنواع الكيانات',
    legendHint: 'اضغط نوعًا لإخفائه أو إظهاره.',
    noEntities: 'لم يُعثر على كيانات.',
    entities: 'الكيانات',
    entitiesHint: 'اضغط كيانًا للتنقّل بين مواضعه في النص.',
    mentionOf: 'الموضع {0} من {1}',
    readerLabel: 'النص',
    showSentences: 'أرقام الجمل',
    showDiacritics: 'التشكيل',
    inspector: 'فاحص الكلمة',
    inspectorHint: 'اضغط أي كلمة في النص لفحصها.',
    original: 'الأصل',
    normalized: 'بعد التطبيع',
    kind: 'النوع',
    segments: 'المقاطع',
    restored: 'الأصل المعجمي',
    buckwalter: 'بكوالتر',
    romanization: 'كتابة لاتينية',
    prevWord: 'الكلمة السابقة',
    nextWord: 'الكلمة التالية',
    proclitic: 'سابقة',
    article: 'أداة تعريف',
    stem: 'جذع',
    enclitic: 'لاحقة',
    type: 'النوع',
    canonical: 'الاسم المعتمد',
    gloss: 'بالإنجليزية',
    words: 'الكلمات',
    stripClitics: 'جرّد السوابق واللواحق',
    stopwords: 'استبعد الكلمات الشائعة',
    word: 'الكلمة',
    count: 'العدد',
    cloud: 'سحابة الكلمات',
    wordsTotal: '{0} كلمة، {1} صيغة مختلفة.',
    search: 'ابحث',
    searchLabel: 'كلمة أو عبارة',
    regex: 'تعبير نمطي',
    matchClitics: 'طابِق مع السوابق واللواحق',
    hits: '{0} نتيجة',
    hitsShown: '{0} نتيجة (تُعرض أول {1})',
    noHits: 'لا نتائج.',
    before: 'قبل',
    match: 'المطابقة',
    after: 'بعد',
    sentences: 'الجمل',
    tokensCount: 'الكلمات',
    distinctForms: 'صيغ مختلفة',
    readingTime: 'زمن القراءة',
    minutes: '{0} د',
    timeline: 'التواريخ على خط زمني',
    noDates: 'لا تواريخ بسنة معروفة في النص.',
    compareTitle: 'الكيانات في كل مستند',
    compareHint: 'افتح مستندين أو أكثر لمقارنة الكيانات التي يذكرها كل منها.',
    entity: 'الكيان',
    inAll: 'في الكل',
    exportTitle: 'التصدير',
    exportJson: 'JSON (صيغة سطر الأوامر)',
    exportEntitiesCsv: 'الكيانات CSV',
    exportFreqCsv: 'التكرارات CSV',
    exportConll: 'CoNLL / IOB2',
    exportHtml: 'صفحة HTML مستقلة',
    print: 'اطبع',
    shareLink: 'انسخ رابط مشاركة',
    shareHelp: 'يحمل الرابط النص نفسه مضغوطًا بعد علامة #، فلا يمرّ بأي خادم.',
    copied: 'نُسخ الرابط.',
    linkReady: 'الرابط جاهز: انسخه من الحقل.',
    linkTooLong: 'النص أطول من أن يُحمل في رابط ({0} ك.ب مضغوطًا).',
    sharedName: 'نص من رابط',
    badLink: 'تعذّرت قراءة النص من الرابط.',
    pipeline: 'مراحل التحليل للجملة الحالية',
    sentenceOf: 'الجملة {0} من {1}',
    prevSentence: 'الجملة السابقة',
    nextSentence: 'الجملة التالية',
    nextStep: 'المرحلة التالية',
    teacherKeys: 'المفاتيح: ← → أو PageDown/PageUp للجمل، n / p للكيانات، المسافة للمرحلة التالية.',
    stageOriginal: 'النص الأصلي',
    stageNormalized: 'بعد التطبيع',
    stageTokens: 'الرموز',
    stageClitics: 'السوابق واللواحق',
    stageEntities: 'الكيانات',
    normTitle: 'ما غيّره التطبيع',
    normPreset: 'الإعداد',
    normEdits: '{0} تعديلًا',
    normControls: 'محارف خفية أو محارف اتجاه',
    normNoControls: 'لا محارف خفية.',
    tooLongForView: 'النص طويل: يُعرض أول {0} حرف.',
    close: 'أغلق',
  },
  en: {
    title: 'Bayan — Arabic statement explorer',
    tagline: 'Arabic statement and text explorer',
    privacy: 'Everything runs in your browser: no text is sent anywhere.',
    language: 'العربية',
    languageLabel: 'اعرض الواجهة بالعربية',
    teacher: 'Teacher mode',
    loadText: 'Load a text',
    dropHelp: 'Drop one or more files here, or',
    chooseFile: 'choose files',
    limit: 'Plain text, up to {0} MB per file.',
    pasteLabel: 'Or paste a text:',
    pastePlaceholder: 'Paste a statement or a news article here…',
    analyzePaste: 'Analyze the pasted text',
    trySample: 'Try the sample statement',
    sampleName: 'OIC final statement on Aleppo',
    pastedName: 'Pasted text',
    pastedDirect: 'The pasted text is long ({0} characters), so it was analysed directly without showing it in the paste box.',
    offlineReady: '✓ Ready to work offline',
    offlineNow: '✓ Offline: running from the saved copy',
    updateNow: 'Update now',
    updateReady: 'A new version of Bayan is ready.',
    offlineFailed: 'Offline use could not be enabled: {0}',
    empty: 'The text is empty: nothing to analyze.',
    analyzing: 'Analyzing “{0}”…',
    rendering: 'Rendering the text…',
    analyzed: '“{0}”: {1} tokens, {2} entities ({3} ms).',
    failed: 'Analysis failed: {0}',
    stop: 'Stop',
    stopped: 'The analysis of “{0}” was stopped.',
    tooBig: 'The file “{0}” is larger than the limit ({1} MB); split it into smaller files.',
    notText: 'The file “{0}” is not UTF-8 or UTF-16 text; nothing was loaded from it.',
    notReadable: '“{0}” is a {1}, not text; Bayan reads text files (txt, md), HTML and Word (docx).',
    badZip: '“{0}” is a damaged or unsupported ZIP archive ({1}).',
    zipArchive: 'ZIP archive',
    badDocx: 'The Word document “{0}” could not be read: {1}.',
    bomlessUtf16: 'The file is {0} without a byte-order mark (BOM); the encoding was inferred from the bytes.',
    legacyEncoding: 'The file is not UTF-8; it was read as {0} ({1}% of its non-Latin characters are Arabic letters). If the text looks garbled, save it as UTF-8.',
    invalidBytes1: 'One invalid byte sequence in {1}, at byte {2}; it is shown as �.',
    invalidBytes: '{0} invalid byte sequences in {1}, the first at byte {2}; each is shown as �.',
    hiddenControls: 'The text holds {0} invisible or direction-control characters ({1}); they are shown as ⟨…⟩ marks and not obeyed.',
    formatHtml: 'HTML page (text only)',
    formatDocx: 'Word document',
    withBom: '{0} with BOM',
    listSeparator: ', ',
    docxCrc: 'The document is partly damaged: its checksum (CRC) does not match its content; some text may be missing.',
    htmlSkipped: '{0} script, style or graphics elements were removed from the page; none of them ran.',
    myNames: 'My names: add names Bayan should know',
    myNamesHelp: 'One name per line: the name, its type (PERSON, ORG, LOC, EVENT, LAW…), an id, an English gloss. TSV, CSV or JSON. The names stay in this browser.',
    importNames: 'Import a file',
    applyNames: 'Apply the names',
    exportNames: 'Export (TSV)',
    namesAdded: '{0} names added, applied to every analysis.',
    noNames: 'No names added.',
    documents: 'Documents',
    views: 'Views',
    viewReader: 'Reader',
    viewWords: 'Words',
    viewConcordance: 'Concordance',
    viewSummary: 'Summary',
    viewNormalization: 'Normalization',
    viewCompare: 'Compare',
    viewExport: 'Export',
    entityTypes: 'Entity types',
    legendHint: 'Press a type to hide or show it.',
    noEntities: 'No entities found.',
    entities: 'Entities',
    entitiesHint: 'Press an entity to step through its mentions.',
    mentionOf: 'mention {0} of {1}',
    readerLabel: 'Text',
    showSentences: 'Sentence numbers',
    showDiacritics: 'Diacritics',
    inspector: 'Word inspector',
    inspectorHint: 'Click any word of the text to inspect it.',
    original: 'Original',
    normalized: 'Normalized',
    kind: 'Kind',
    segments: 'Segments',
    restored: 'Restored',
    buckwalter: 'Buckwalter',
    romanization: 'Romanization',
    prevWord: 'Previous word',
    nextWord: 'Next word',
    proclitic: 'proclitic',
    article: 'article',
    stem: 'stem',
    enclitic: 'enclitic',
    type: 'Type',
    canonical: 'Canonical name',
    gloss: 'English',
    words: 'Words',
    stripClitics: 'Strip clitics',
    stopwords: 'Leave out stopwords',
    word: 'Word',
    count: 'Count',
    cloud: 'Word cloud',
    wordsTotal: '{0} words, {1} distinct forms.',
    search: 'Search',
    searchLabel: 'Word or phrase',
    regex: 'Regular expression',
    matchClitics: 'Match with clitics',
    hits: '{0} hits',
    hitsShown: '{0} hits (first {1} shown)',
    noHits: 'No hits.',
    before: 'Before',
    match: 'Match',
    after: 'After',
    sentences: 'Sentences',
    tokensCount: 'Words',
    distinctForms: 'Distinct forms',
    readingTime: 'Reading time',
    minutes: '{0} min',
    timeline: 'Dates on a timeline',
    noDates: 'No dates with a known year in the text.',
    compareTitle: 'Entities in each document',
    compareHint: 'Open two or more documents to compare the entities each one mentions.',
    entity: 'Entity',
    inAll: 'In all',
    exportTitle: 'Export',
    exportJson: 'JSON (the CLI schema)',
    exportEntitiesCsv: 'Entities CSV',
    exportFreqCsv: 'Frequencies CSV',
    exportConll: 'CoNLL / IOB2',
    exportHtml: 'Standalone HTML page',
    print: 'Print',
    shareLink: 'Copy a share link',
    shareHelp: 'The link carries the text itself, compressed, after the #: it never passes through a server.',
    copied: 'Link copied.',
    linkReady: 'Link ready: copy it from the field.',
    linkTooLong: 'The text is too long to carry in a link ({0} KB compressed).',
    sharedName: 'Text from a link',
    badLink: 'Could not read the text from the link.',
    pipeline: 'The pipeline on the current sentence',
    sentenceOf: 'Sentence {0} of {1}',
    prevSentence: 'Previous sentence',
    nextSentence: 'Next sentence',
    nextStep: 'Next stage',
    teacherKeys: 'Keys: ← → or PageDown/PageUp for sentences, n / p for entities, Space for the next stage.',
    stageOriginal: 'Original',
    stageNormalized: 'Normalized',
    stageTokens: 'Tokens',
    stageClitics: 'Clitics',
    stageEntities: 'Entities',
    normTitle: 'What normalization changed',
    normPreset: 'Preset',
    normEdits: '{0} edits',
    normControls: 'Invisible or bidi controls',
    normNoControls: 'No invisible controls.',
    tooLongForView: 'Long text: the first {0} characters are shown.',
    close: 'Close',
  },
};

const KEY = 'bayan.lang';
let lang = initial();

function initial() {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved in STRINGS) return saved;
  } catch {
    // Storage may be blocked (private mode, sandboxed frame): use Arabic.
  }
  return 'ar';
}

/** The current interface language: 'ar' or 'en'. */
export function currentLang() {
  return lang;
}

/** The string `key` in the current language, with {0}, {1}… filled in. */
export function t(key, ...args) {
  return tIn(lang, key, ...args);
}

/**
 * `t` in language `to`, whatever the page's: for an embedded element,
 * whose `lang` attribute is its own.
 */
export function tIn(to, key, ...args) {
  const s = STRINGS[to]?.[key] ?? STRINGS.ar[key] ?? key;
  return s.replace(/\{(\d)\}/g, (_, i) => String(args[i] ?? ''));
}

/** Formats a number in the interface language (or in `to`). */
export function num(n, to = lang) {
  return n.toLocaleString(to === 'ar' ? 'ar-u-nu-arab' : 'en');
}

/** Refreshes every data-i18n element under `root`. */
export function translate(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    }
  }
}

/** Switches the interface language, remembers it and tells every view. */
export function setLang(next) {
  if (!(next in STRINGS)) return;
  lang = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // Not remembered; the switch still applies to this visit.
  }
  applyLang();
  document.dispatchEvent(new CustomEvent('bayan:lang', { detail: next }));
}

/** Puts the current language on <html> and translates the static page. */
export function applyLang() {
  const html = document.documentElement;
  html.lang = lang;
  html.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = t('title');
  translate();
}
