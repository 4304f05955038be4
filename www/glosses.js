// English for a reader who does not read Arabic: what each clitic does (in
// the interface language), the closed-class words (prepositions,
// conjunctions, pronouns, particles), and dates and numbers, which the core
// marks but leaves unglossed (its gloss is for names it knows). Everything
// is read from a document's tokens in their `search` form (alef, yeh and
// digits folded), so a spelling variant finds the same entry.
//
// The word list is hand-written for this file and covers closed classes
// only: an open-class word gets its romanization, never a guessed
// translation. Month and weekday names come from the gazetteer's CLDR list
// (core-months.js, generated from src/data/months.tsv).
import { MONTHS } from './core-months.js';

/** What a clitic does, by kind and restored form: [English, Arabic]. */
const CLITIC_ROLES = {
  proclitic: {
    'و': ['and', 'واو العطف'],
    'ف': ['so, then', 'فاء العطف'],
    'ب': ['with, by, in', 'باء الجر'],
    'ل': ['for, to', 'لام الجر'],
    'ك': ['like, as', 'كاف التشبيه'],
    'س': ['will', 'سين الاستقبال'],
    'من': ['from, of', 'حرف الجر من'],
    'أ': ['(question)', 'همزة الاستفهام'],
  },
  article: { 'ال': ['the', 'أداة التعريف'] },
  enclitic: {
    'ه': ['his, its, him', 'ضمير الغائب'],
    'ها': ['her, its', 'ضمير الغائبة'],
    'هما': ['their, them (two)', 'ضمير المثنى الغائب'],
    'هم': ['their, them', 'ضمير جمع الغائبين'],
    'هن': ['their, them (f.)', 'ضمير جمع الغائبات'],
    'ك': ['your, you', 'ضمير المخاطب'],
    'كما': ['your, you (two)', 'ضمير المثنى المخاطب'],
    'كم': ['your, you (pl.)', 'ضمير جمع المخاطبين'],
    'كن': ['your, you (f. pl.)', 'ضمير جمع المخاطبات'],
    'نا': ['our, us', 'ضمير المتكلمين'],
    'ني': ['me', 'ياء المتكلم'],
    'ي': ['my, me', 'ياء المتكلم'],
  },
};

/** The role of clitic segment `seg` ({kind, restored}) in `lang` ('ar' or 'en'), or null. */
export function cliticRole(seg, lang) {
  const role = CLITIC_ROLES[seg.kind]?.[seg.restored] ?? CLITIC_ROLES[seg.kind]?.[fold(seg.restored)];
  return role ? role[lang === 'ar' ? 1 : 0] : null;
}

/** Closed-class words in their `search` form, with their English. */
const WORDS = new Map(Object.entries({
  'في': 'in', 'من': 'from, of', 'الي': 'to', 'علي': 'on', 'عن': 'about, from', 'مع': 'with', 'لدي': 'at, with',
  'عند': 'at', 'حول': 'around, about', 'بين': 'between', 'ضد': 'against', 'منذ': 'since', 'حتي': 'until, even',
  'خلال': 'during', 'نحو': 'towards', 'دون': 'without', 'عبر': 'across, through', 'تحت': 'under', 'فوق': 'above',
  'بعد': 'after', 'قبل': 'before', 'امام': 'in front of', 'وراء': 'behind', 'اثناء': 'during', 'ازاء': 'towards, regarding',
  'لدن': 'from', 'ل': 'for, to', 'ب': 'with, by',
  'و': 'and', 'او': 'or', 'ام': 'or', 'ثم': 'then', 'لكن': 'but', 'بل': 'rather', 'ان': 'that', 'انه': 'that it',
  'اذا': 'if', 'لو': 'if', 'لا': 'no, not', 'لم': 'did not', 'لن': 'will not', 'ما': 'what, not', 'قد': 'has, may',
  'لقد': 'indeed', 'كما': 'as, also', 'حيث': 'where', 'اذ': 'as, since', 'كي': 'so that', 'لان': 'because', 'مما': 'which',
  'كل': 'all, every', 'بعض': 'some', 'جميع': 'all', 'غير': 'other than, non-', 'كافة': 'all', 'سوي': 'except',
  'الا': 'except, but', 'اما': 'as for', 'ايضا': 'also', 'فقط': 'only', 'كذلك': 'likewise', 'وكذلك': 'and likewise',
  'هو': 'he, it', 'هي': 'she, it', 'هم': 'they', 'هما': 'they (two)', 'نحن': 'we', 'انا': 'I', 'انت': 'you',
  'هذا': 'this', 'هذه': 'this', 'ذلك': 'that', 'تلك': 'that', 'هؤلاء': 'these', 'اولئك': 'those', 'هناك': 'there',
  'هنا': 'here', 'الذي': 'who, which', 'التي': 'who, which', 'الذين': 'who', 'اللذين': 'who (two)', 'اللتين': 'who (two)',
  'اللواتي': 'who (f. pl.)', 'اللاتي': 'who (f. pl.)',
  'كان': 'was', 'كانت': 'was', 'يكون': 'is, will be', 'تكون': 'is, will be', 'ليس': 'is not', 'ليست': 'is not',
  'يوم': 'day', 'يومي': 'the days of', 'عام': 'year', 'سنة': 'year', 'شهر': 'month', 'اسبوع': 'week',
  'امس': 'yesterday', 'اليوم': 'today', 'غدا': 'tomorrow', 'رقم': 'number',
}));

/**
 * Number words in their `search` form: [value, kind]. Kind: 'unit'
 * (cardinals 1–10, and أحد/إحدى of 11), 'tens', 'hundreds', 'scale',
 * 'ordinal', 'ordinal-tens'.
 */
const NUMBERS = new Map();
const numbers = (kind, list) => {
  for (const [value, words] of list) for (const w of words.split(' ')) NUMBERS.set(w, [value, kind]);
};
numbers('unit', [[1, 'واحد واحده واحدة احد احدي'], [2, 'اثنان اثنين اثنتان اثنتين'], [3, 'ثلاث ثلاثة ثلاثه'],
  [4, 'اربع اربعة'], [5, 'خمس خمسة'], [6, 'ست ستة'], [7, 'سبع سبعة'], [8, 'ثماني ثمانية ثمان'], [9, 'تسع تسعة'],
  [10, 'عشر عشرة']]);
numbers('tens', [[20, 'عشرون عشرين'], [30, 'ثلاثون ثلاثين'], [40, 'اربعون اربعين'], [50, 'خمسون خمسين'],
  [60, 'ستون ستين'], [70, 'سبعون سبعين'], [80, 'ثمانون ثمانين'], [90, 'تسعون تسعين']]);
numbers('hundreds', [[100, 'مائة مئة'], [200, 'مائتان مئتان مائتين مئتين'], [300, 'ثلاثمائة ثلاثمئة'],
  [400, 'اربعمائة اربعمئة'], [500, 'خمسمائة خمسمئة'], [600, 'ستمائة ستمئة'], [700, 'سبعمائة سبعمئة'],
  [800, 'ثمانمائة ثمانمئة'], [900, 'تسعمائة تسعمئة']]);
numbers('scale', [[1e3, 'الف الاف'], [2e3, 'الفا الفي الفان'], [1e6, 'مليون ملايين مليونا'], [2e6, 'مليونان مليونين'],
  [1e9, 'مليار مليارات بليون'], [1e12, 'تريليون']]);
numbers('ordinal', [[1, 'الاول الاولي اول اولي الحادي الحاديه الحادية'], [2, 'الثاني الثانية ثاني ثانية'],
  [3, 'الثالث الثالثة ثالث'], [4, 'الرابع الرابعة رابع'], [5, 'الخامس الخامسة خامس'], [6, 'السادس السادسة سادس'],
  [7, 'السابع السابعة سابع'], [8, 'الثامن الثامنة ثامن'], [9, 'التاسع التاسعة تاسع'], [10, 'العاشر العاشرة عاشر']]);
numbers('ordinal-tens', [[20, 'العشرون العشرين'], [30, 'الثلاثون الثلاثين'], [40, 'الاربعون الاربعين'],
  [50, 'الخمسون الخمسين'], [60, 'الستون الستين'], [70, 'السبعون السبعين'], [80, 'الثمانون الثمانين'],
  [90, 'التسعون التسعين'], [100, 'المائة المئة']]);

const UNITS = new Map(Object.entries({
  'دولار': 'dollars', 'دولارا': 'dollars', 'دولارات': 'dollars', 'يورو': 'euros', 'ريال': 'riyals', 'ريالا': 'riyals',
  'دينار': 'dinars', 'دينارا': 'dinars', 'جنيه': 'pounds', 'جنيها': 'pounds', 'درهم': 'dirhams', 'درهما': 'dirhams',
  'ليرة': 'lira', 'شخص': 'people', 'شخصا': 'people', 'لاجئ': 'refugees', 'لاجئا': 'refugees',
}));

/** English for a word (a form, as the analysis has it), or null. */
export function wordGloss(form) {
  const { core, full } = parts(form, form.segments);
  const own = WORDS.get(form.norm) ?? WORDS.get(full) ?? WORDS.get(core) ?? (MONTH_OF.get(full) ?? MONTH_OF.get(core))?.[1];
  if (own) return own;
  const n = NUMBERS.get(full) ?? NUMBERS.get(core);
  if (n) return n[1].startsWith('ordinal') ? ordinal(n[0]) : english(n[0]);
  if (/^\d+(?:[.,]\d+)*$/.test(form.norm)) return form.norm;
  return null;
}

/**
 * A word's pieces in their `search` form: its proclitics, its stem
 * (`core`) and the stem with its article (`full`: الخميس, الأربعون).
 */
function parts(form, segs) {
  const stem = segs.find((s) => s.kind === 'stem');
  const core = stem ? fold(stem.restored) : form.norm;
  const article = segs.some((s) => s.kind === 'article');
  return { norm: form.norm, pre: segs.filter((s) => s.kind === 'proclitic').map((s) => s.restored), core, full: article ? `ال${core}` : core };
}

/** Month and weekday names: search form → [id, English]. */
const MONTH_OF = new Map(MONTHS.map(([name, id, en]) => [name, [id, en]]));

/**
 * The English gloss of entity `e` of `doc`: the core's for a name it
 * knows, else one read from the words of a DATE or NUMBER, else null.
 */
export function mentionGloss(doc, e) {
  if (e.gloss) return e.gloss;
  if (e.type !== 'DATE' && e.type !== 'NUMBER') return null;
  const words = mentionWords(doc, e);
  return words && (e.type === 'DATE' ? dateGloss(words) : numberGloss(words));
}

/** The `search` forms of the tokens a mention covers, clitics apart; null if it covers none. */
function mentionWords(doc, e) {
  const { starts, ends, formIds } = doc.analysis.tokens;
  let i = lowerBound(ends, e.start + 1);
  const out = [];
  for (; i < starts.length && starts[i] < e.end; i++) {
    const form = doc.analysis.forms[formIds[i]];
    // A mention may start after a proclitic (بسوريا): its letters only.
    out.push(parts(form, form.segments.filter((s) => starts[i] + s.start >= e.start || s.kind === 'stem')));
  }
  return out.length ? out : null;
}

const lowerBound = (a, x) => {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

const DATE_WORDS = new Map(Object.entries({
  'يوم': '', 'يومي': '', 'عام': '', 'عامي': '', 'سنة': '', 'العام': '', 'السنة': '', 'شهر': '',
  'هـ': 'AH', 'ه': 'AH', 'م': 'CE', 'و': 'and', 'الي': 'to', 'حتي': 'to', '-': '–', 'ـ': '–',
  'امس': 'yesterday', 'اليوم': 'today', 'غدا': 'tomorrow', 'مطلع': 'early', 'اوائل': 'early', 'بداية': 'early',
  'منتصف': 'mid', 'اواسط': 'mid', 'اواخر': 'late', 'نهاية': 'late', 'اخر': 'late',
}));
const RELATIVE = new Map(Object.entries({ 'الاسبوع': 'week', 'الشهر': 'month', 'العام': 'year', 'السنة': 'year' }));
const WHEN = new Map(Object.entries({
  'الماضي': 'last', 'الماضية': 'last', 'المنصرم': 'last', 'المنصرمة': 'last', 'السابق': 'last',
  'المقبل': 'next', 'المقبلة': 'next', 'القادم': 'next', 'القادمة': 'next', 'الجاري': 'this', 'الحالي': 'this',
}));
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** «يومي 14و15 أبريل 2016» → "14 and 15 April 2016"; null when a word is not understood. */
function dateGloss(words) {
  const out = [];
  let month = null;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.pre.includes('و') && out.length) out.push('and');
    const two = k + 1 < words.length ? MONTH_OF.get(`${w.core} ${words[k + 1].norm}`) : null;
    const named = two ?? MONTH_OF.get(w.full) ?? MONTH_OF.get(w.core);
    if (named) {
      if (two) k++;
      // «الأحد الماضي», «أبريل المقبل»: last Sunday, next April.
      const when = WHEN.get(words[k + 1]?.full);
      if (when) {
        out.push(`${when} ${named[1]}`);
        k++;
        continue;
      }
      // أيلول/سبتمبر: the same month in two calendars' names, said once.
      if (named[0] !== month) out.push(named[1]);
      month = named[0];
      continue;
    }
    if (w.norm === '/' && month) continue;
    if (/^\d+$/.test(w.core)) {
      out.push(w.core);
      continue;
    }
    const numeric = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(w.norm);
    if (numeric) {
      const [, a, m, b] = numeric;
      const [day, year] = a.length === 4 ? [b, a] : [a, b];
      if (!MONTH_NAMES[Number(m) - 1]) return null;
      out.push(`${Number(day)} ${MONTH_NAMES[Number(m) - 1]} ${year}`);
      continue;
    }
    if (RELATIVE.has(w.full) && WHEN.has(words[k + 1]?.full)) {
      out.push(`${WHEN.get(words[k + 1].full)} ${RELATIVE.get(w.full)}`);
      k++;
      continue;
    }
    const said = DATE_WORDS.get(w.full) ?? DATE_WORDS.get(w.core) ?? DATE_WORDS.get(w.norm);
    if (said === undefined) return null;
    if (said) out.push(said);
  }
  while (['and', 'to', '–'].includes(out.at(-1))) out.pop();
  return out.length ? out.join(' ').replace(/ – /g, '–') : null;
}

/** «الثانية والأربعون» → "42nd", «3 ملايين دولار» → "3,000,000 dollars"; null when not understood. */
function numberGloss(words) {
  let total = 0;
  let current = 0;
  let seen = false;
  let ordinalSeen = false;
  const tail = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const digits = /^\d+(?:[.,]\d+)*$/.test(w.core) ? Number(w.core.replace(/,/g, '')) : null;
    const word = NUMBERS.get(w.full) ?? NUMBERS.get(w.core);
    if (tail.length && (digits !== null || word)) return null;
    if (digits !== null) {
      current += digits;
      seen = true;
    } else if (word) {
      const [value, kind] = word;
      if (kind === 'scale') {
        // ثلاثة آلاف: the number before times the scale; ألفا, مليونان: two of it.
        const n = value === 2e3 || value === 2e6 ? value : (current || 1) * value;
        total += n;
        current = 0;
      } else current += value;
      ordinalSeen ||= kind.startsWith('ordinal');
      seen = true;
    } else if (['%', '٪'].includes(w.norm)) tail.push('%');
    else if (w.core === 'في' && ['مائة', 'مئة', 'المائة', 'المئة'].includes(words[k + 1]?.core)) {
      tail.push('percent');
      k++;
    } else if (['المائة', 'المئة', 'مائة', 'مئة'].includes(w.core) && w.pre.includes('ب')) tail.push('percent');
    else if (UNITS.has(w.core)) tail.push(UNITS.get(w.core));
    else return null;
  }
  if (!seen) return null;
  const value = total + current;
  const said = ordinalSeen ? ordinal(value) : english(value);
  return [said, ...tail].join(tail[0] === '%' ? '' : ' ');
}

const english = (n) => n.toLocaleString('en');

/** 1 → "1st", 42 → "42nd", 11 → "11th". */
export function ordinal(n) {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${english(n)}${suffix}`;
}

/** The `search` fold of a restored form (alef forms and alef maqsura). */
function fold(s) {
  return s.replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي');
}
