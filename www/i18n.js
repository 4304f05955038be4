// Interface language: Arabic or English UI strings, remembered in
// localStorage. The document text itself is never translated; only the
// chrome around it. Elements carry data-i18n="key" (text) or
// data-i18n-attr="attr:key;attr:key" and are refreshed on every switch.
//
// A string that counts something is an object of plural forms, chosen by
// Intl.PluralRules from its first argument (Arabic has six: zero, one, two,
// few for 3–10, many for 11–99, other for 100 and up; English two). Its
// count is written in the interface's digits. What a message quotes from a
// text (a file name, a word) is bidi-isolated by `tNodes`, so an Arabic
// name cannot reorder an English sentence or the other way round.

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
    pastedDirect: { zero: 'النص الملصق فارغ.', one: 'النص الملصق طويل (محرف واحد)، فحُلِّل مباشرة دون عرضه في مربع اللصق.', two: 'النص الملصق طويل (محرفان)، فحُلِّل مباشرة دون عرضه في مربع اللصق.', few: 'النص الملصق طويل ({0} محارف)، فحُلِّل مباشرة دون عرضه في مربع اللصق.', many: 'النص الملصق طويل ({0} محرفًا)، فحُلِّل مباشرة دون عرضه في مربع اللصق.', other: 'النص الملصق طويل ({0} محرف)، فحُلِّل مباشرة دون عرضه في مربع اللصق.' },
    empty: 'النص فارغ: لا شيء لتحليله.',
    analyzing: 'جارٍ تحليل «{0}»…',
    rendering: 'جارٍ عرض النص…',
    analyzed: '«{0}»: {1}، {2} ({3} م.ث).',
    tokens: { zero: 'لا رموز', one: 'رمز واحد', two: 'رمزان', few: '{0} رموز', many: '{0} رمزًا', other: '{0} رمز' },
    entityCount: { zero: 'لا كيانات', one: 'كيان واحد', two: 'كيانان', few: '{0} كيانات', many: '{0} كيانًا', other: '{0} كيان' },
    failed: 'تعذّر التحليل: {0}',
    wideFailed: 'تعذّر تحميل قوائم الأسماء الموسّعة ({0})؛ تُعرف الأسماء من القوائم المدمجة وحدها.',
    stop: 'إيقاف',
    stopped: 'أُوقف تحليل «{0}».',
    tooBig: 'الملف «{0}» أكبر من الحد ({1} م.ب)؛ قسّمه إلى ملفات أصغر.',
    hiddenControls: {
      one: 'يحوي النص محرفًا خفيًا أو محرف تحكم في الاتجاه ({1})؛ يظهر بعلامة ⟨…⟩ ولا يُعمل به.',
      two: 'يحوي النص محرفين خفيين أو محرفي تحكم في الاتجاه ({1})؛ يظهران بعلامات ⟨…⟩ ولا يُعمل بهما.',
      few: 'يحوي النص {0} محارف خفية أو محارف تحكم في الاتجاه ({1})؛ تظهر بعلامات ⟨…⟩ ولا يُعمل بها.',
      many: 'يحوي النص {0} محرفًا خفيًا أو محرف تحكم في الاتجاه ({1})؛ تظهر بعلامات ⟨…⟩ ولا يُعمل بها.',
      other: 'يحوي النص {0} محرف خفي أو محرف تحكم في الاتجاه ({1})؛ تظهر بعلامات ⟨…⟩ ولا يُعمل بها.',
    },
    formatHtml: 'صفحة HTML (النص وحده)',
    formatDocx: 'مستند Word',
    withBom: '{0} مع BOM',
    listSeparator: '، ',
    htmlSkipped: {
      one: 'حُذف من الصفحة عنصر واحد من النصوص البرمجية أو الأنماط أو الرسوم؛ لم يُشغَّل.',
      two: 'حُذف من الصفحة عنصران من النصوص البرمجية أو الأنماط أو الرسوم؛ لم يُشغَّل شيء منهما.',
      few: 'حُذفت من الصفحة {0} عناصر من النصوص البرمجية أو الأنماط أو الرسوم؛ لم يُشغَّل شيء منها.',
      many: 'حُذف من الصفحة {0} عنصرًا من النصوص البرمجية أو الأنماط أو الرسوم؛ لم يُشغَّل شيء منها.',
      other: 'حُذف من الصفحة {0} عنصر من النصوص البرمجية أو الأنماط أو الرسوم؛ لم يُشغَّل شيء منها.',
    },
    myNames: 'أسمائي: أضف أسماء يعرفها بيان',
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
    readerLabel: 'النص',
    showSentences: 'أرقام الجمل',
    showDiacritics: 'التشكيل',
    inspector: 'فاحص الكلمة',
    original: 'الأصل',
    normalized: 'بعد التطبيع',
    kind: 'النوع',
    segments: 'المقاطع',
    restored: 'الأصل المعجمي',
    article: 'أداة تعريف',
    type: 'النوع',
    canonical: 'الاسم المعتمد',
    gloss: 'بالإنجليزية',
    words: 'الكلمات',
    word: 'الكلمة',
    count: 'العدد',
    search: 'ابحث',
    regex: 'تعبير نمطي',
    before: 'قبل',
    match: 'المطابقة',
    after: 'بعد',
    sentences: 'الجمل',
    minutes: '{0} د',
    entity: 'الكيان',
    print: 'اطبع',
    copied: 'نُسخ الرابط.',
    sharedName: 'نص من رابط',
    badLink: 'تعذّرت قراءة النص من الرابط.',
    statements: 'البيانات والمواقف',
    stLoading: 'جارٍ تحميل البيانات والمواقف…',
    stSpeaker: 'المتكلم',
    stObject: 'المضمون',
    stNegated: 'منفي',
    stImplicit: 'ضمني',
    stNoSpeaker: 'غير معروف',
    stWhy: 'القاعدة',
    changes: { zero: 'لا تغييرات', one: 'تغيير واحد', two: 'تغييران', few: '{0} تغييرات', many: '{0} تغييرًا', other: '{0} تغيير' },
    skipToText: 'انتقل إلى النص',
    keepTexts: 'أعد فتح نصوصي المفتوحة بعد إعادة تحميل الصفحة (تُحفظ في هذا المتصفح وحده، حتى {0} م.ب للنص)',
    notKept: '«{0}» أكبر من {1} م.ب، فلن يُعاد فتحه بعد إعادة التحميل.',
    keepFailed: 'تعذّر حفظ النص في هذا المتصفح: {0}',
    reopened: { one: 'أُعيد فتح نص واحد من زيارتك السابقة.', two: 'أُعيد فتح نصين من زيارتك السابقة.', few: 'أُعيد فتح {0} نصوص من زيارتك السابقة.', many: 'أُعيد فتح {0} نصًا من زيارتك السابقة.', other: 'أُعيد فتح {0} نص من زيارتك السابقة.' },
    colourKey: 'مفتاح الألوان',
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
    pastedDirect: { one: 'The pasted text is long (1 character), so it was analysed directly without showing it in the paste box.', other: 'The pasted text is long ({0} characters), so it was analysed directly without showing it in the paste box.' },
    empty: 'The text is empty: nothing to analyze.',
    analyzing: 'Analyzing “{0}”…',
    rendering: 'Rendering the text…',
    analyzed: '“{0}”: {1}, {2} ({3} ms).',
    tokens: { one: '1 token', other: '{0} tokens' },
    entityCount: { one: '1 entity', other: '{0} entities' },
    failed: 'Analysis failed: {0}',
    wideFailed: 'The wider name lists could not be loaded ({0}); names come from the built-in lists only.',
    stop: 'Stop',
    stopped: 'The analysis of “{0}” was stopped.',
    tooBig: 'The file “{0}” is larger than the limit ({1} MB); split it into smaller files.',
    hiddenControls: {
      one: 'The text holds 1 invisible or direction-control character ({1}); it is shown as a ⟨…⟩ mark and not obeyed.',
      other: 'The text holds {0} invisible or direction-control characters ({1}); they are shown as ⟨…⟩ marks and not obeyed.',
    },
    formatHtml: 'HTML page (text only)',
    formatDocx: 'Word document',
    withBom: '{0} with BOM',
    listSeparator: ', ',
    htmlSkipped: { one: '1 script, style or graphics element was removed from the page; it did not run.', other: '{0} script, style or graphics elements were removed from the page; none of them ran.' },
    myNames: 'My names: add names Bayan should know',
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
    readerLabel: 'Text',
    showSentences: 'Sentence numbers',
    showDiacritics: 'Diacritics',
    inspector: 'Word inspector',
    original: 'Original',
    normalized: 'Normalized',
    kind: 'Kind',
    segments: 'Segments',
    restored: 'Restored',
    article: 'article',
    type: 'Type',
    canonical: 'Canonical name',
    gloss: 'English',
    words: 'Words',
    word: 'Word',
    count: 'Count',
    search: 'Search',
    regex: 'Regular expression',
    before: 'Before',
    match: 'Match',
    after: 'After',
    sentences: 'Sentences',
    minutes: '{0} min',
    entity: 'Entity',
    print: 'Print',
    copied: 'Link copied.',
    sharedName: 'Text from a link',
    badLink: 'Could not read the text from the link.',
    statements: 'Statements',
    stLoading: 'Loading statements…',
    stSpeaker: 'Speaker',
    stObject: 'Object',
    stNegated: 'Negated',
    stImplicit: 'implicit',
    stNoSpeaker: 'unknown',
    stWhy: 'Rules',
    changes: { one: '1 change', other: '{0} changes' },
    skipToText: 'Skip to the text',
    keepTexts: 'Reopen my open texts after a reload (kept in this browser only, up to {0} MB each)',
    notKept: '“{0}” is larger than {1} MB, so it will not reopen after a reload.',
    keepFailed: 'The text could not be kept in this browser: {0}',
    reopened: { one: '1 text reopened from your last visit.', other: '{0} texts reopened from your last visit.' },
    colourKey: 'Colour key',
    close: 'Close',
  },
};

/**
 * Adds strings to the table, per language: i18n-views.js adds those of the
 * views loaded after the first highlight, so the page's first download
 * does not carry them.
 */
export function addStrings(table) {
  for (const [to, strings] of Object.entries(table)) Object.assign(STRINGS[to], strings);
}

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

/**
 * The string `key` in the current language, with {0}, {1}… filled in. A
 * plural string takes its form from `args[0]`, a number, written in the
 * interface's digits.
 */
export function t(key, ...args) {
  return tIn(lang, key, ...args);
}

/**
 * `t` in language `to`, whatever the page's: for an embedded element,
 * whose `lang` attribute is its own.
 */
export function tIn(to, key, ...args) {
  return pieces(key, args, to).map((p) => (typeof p === 'string' ? p : String(p.arg ?? ''))).join('');
}

/**
 * `t(key, ...args)` as nodes: each argument a <bdi> of its own (a Node
 * argument goes in as it is), so a quoted name or word in the other
 * script keeps its order and leaves the sentence's alone.
 */
export function tNodes(key, ...args) {
  return pieces(key, args, lang).map((p) => {
    if (typeof p === 'string') return p;
    if (p.arg instanceof Node) return p.arg;
    const bdi = document.createElement('bdi');
    bdi.textContent = String(p.arg ?? '');
    return bdi;
  });
}

/** Strings `said` made lately, with what made them, so `retell` can say them again. */
const told = new Map();

/**
 * `tIn(to, key, ...args)` for a message kept as a string and shown later (a
 * decoder's warning): `retell` says it again in the language of the moment.
 */
export function saidIn(to, key, ...args) {
  const s = tIn(to, key, ...args);
  told.delete(s);
  told.set(s, [key, args]);
  if (told.size > 200) told.delete(told.keys().next().value);
  return s;
}

/** `saidIn` in the current language. */
export function said(key, ...args) {
  return saidIn(lang, key, ...args);
}

/** `s` in the current language, if `said` made it; else `s` as it is. */
export function retell(s) {
  const made = told.get(s);
  return made ? t(made[0], ...made[1]) : s;
}

const rules = {};

/** The template of `key` in language `to` cut at its {n} slots: strings and {arg}. */
function pieces(key, args, to) {
  let s = STRINGS[to]?.[key] ?? STRINGS.ar[key] ?? key;
  if (typeof s === 'object') {
    const n = Number(args[0]);
    rules[to] ??= new Intl.PluralRules(to);
    s = s[rules[to].select(n)] ?? s.other;
    if (Number.isFinite(n)) args = [num(n, to), ...args.slice(1)];
  }
  return s.split(/(\{\d\})/).filter(Boolean).map((p) => (/^\{\d\}$/.test(p) ? { arg: args[Number(p[1])] } : p));
}

/** Formats a number in the interface language (or in `to`). */
export function num(n, to = lang) {
  return n.toLocaleString(to === 'ar' ? 'ar-u-nu-arab' : 'en');
}

/** Refreshes every data-i18n element under `root`. */
export function translate(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.getAttribute('data-i18n'));
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.getAttribute('data-i18n-attr').split(';')) {
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
