// Generates src/data/wide/cities.tsv from the world-cities table of
// jamsshhayd/world-cities-translations (CC BY 4.0; Arabic labels from
// Wikidata), pinned by commit and SHA-256:
//
//   git clone https://github.com/jamsshhayd/world-cities-translations /tmp/wct
//   git -C /tmp/wct checkout 4f746ebca0b7a5c0366742d68ce4f9a272ab169a
//   node scripts/gazetteer/wide-cities.mjs /tmp/wct/Data/world-cities.csv
//
// The table pairs each city's English name with an Arabic Wikidata label,
// and about one label in ten names something else (a stadium, a drug, a
// party, a neighbouring province). A row becomes a name only when:
// - its Arabic label, without an administrative head (محافظة، ولاية …) or
//   a facility's (مطار، ملعب …), is a plausible spelling of the English
//   name (consonant skeletons, see `similarity`);
// - the city is large enough for its region (POPULATION);
// - the name is not an everyday word: a one-word name whose stem is
//   frequent in news and UN text (the shipped clitic lexicon's bucket) is
//   left out unless reviewed into KEEP, and the reviewed STOP words are
//   left out whatever their frequency;
// - it is not a proclitic plus a known name (وجدة is و + جدة as often as
//   Oujda), and the core lists (src/data/*.tsv) do not have it already.
// Deterministic: the same input gives the same file, byte for byte.

import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { clean, fold, PROCLITICS, stemBuckets } from "./arabic.mjs";
import { defaultId, slug as readerSlug } from "./slug.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, "..", "..", "src", "data");
const REPO = "jamsshhayd/world-cities-translations";
const COMMIT = "4f746ebca0b7a5c0366742d68ce4f9a272ab169a";
const SHA256 = "03d6e2f3b1c8236ce51fd26922e78b0a3263a3dec6a70d4c25026d3521b85233";

// ------------------------------------------------------------ the filters

/** Heads stripped from a label: the city is named without them (ولاية
 * قندهار → قندهار), and a facility's label names its city (مطار الفاشر). */
const HEADS = [
  "محافظة", "ولاية", "منطقة", "مدينة", "مديرية", "ناحية", "مركز", "قضاء", "لواء", "إقليم", "اقليم",
  "شعبية", "معتمدية", "مقاطعة", "بلدية", "دائرة", "إدارة", "بلدة", "قرية", "أوبلاست", "مطار", "ملعب",
  "نادي", "جامعة", "ميناء", "عزلة", "ضاحية",
];

/** Words that show a label names something other than a city. */
const NOT_A_CITY = /(^| )(جامعة|مستشفى|مستشفي|كلية|معركة|حزب|المجلس|الاتحاد|التجمع|مؤسسة|شركة|بنك|قاعدة|نظام|متحف|محمية|كنيسة|مسجد|قناة|نهر|بحيرة|جبل|وادي|صحراء|خليج|شاطئ|غابة|للتسجيلات|يونايتد|ولاية|أوبلاست|إدارة|بلدية|منطقة|محافظة|مقاطعة|إقليم|العسكري|الدولي|روفرز|واندررز|كونتي)( |$)/;

/** Arab League states: every city of the table. */
const ARAB = new Set([
  "Algeria", "Bahrain", "Comoros", "Djibouti", "Egypt", "Iraq", "Jordan", "Kuwait", "Lebanon", "Libya",
  "Mauritania", "Morocco", "Oman", "Palestinian Territory Occupied", "Qatar", "Saudi Arabia", "Somalia",
  "Sudan", "Syria", "Tunisia", "United Arab Emirates", "Yemen",
]);
/** Neighbours and the states UN and Arab statements name most. */
const NEAR = new Set([
  "Afghanistan", "Azerbaijan", "Burkina Faso", "Central African Republic", "Chad", "Cyprus", "Eritrea",
  "Ethiopia", "Iran", "Israel", "Kenya", "Mali", "Niger", "Nigeria", "Pakistan", "South Sudan", "Turkey",
  "Uganda", "Ukraine",
]);
/** Smallest population kept, per region. */
const POPULATION = { arab: 5_000, near: 20_000, world: 100_000 };

/** Least consonant-skeleton similarity of the Arabic and English names. */
const MIN_SIMILARITY = 0.6;

/** A one-word name whose stem has this frequency bucket or more in the
 * clitic lexicon (at least 4 occurrences) is taken for an everyday word. */
const FREQUENT_BUCKET = 3;

/** Frequent one-word names reviewed as mostly naming the place. */
const KEEP = new Set([
  "الكوفة", "بريمن", "أستانة", "روتردام", "الخرج", "بازل", "دونيتسك", "لوهانسك", "ليفربول", "بوسطن",
].map(fold));

/** One-word names reviewed as everyday words or names, whatever their
 * frequency in the lexicon. */
const STOP = new Set([
  // Arab states
  "إطار هواء", "ميدي", "ديناصور", "كارثاغ", "تارتو", "القاعده", "مارية", "روزيتا", "ميدينا", "الشجرة",
  "الحزم", "الليث", "المالكية", "العقيق", "الجميلية", "الزبير", "الكرم", "القبة", "القرين", "القريات",
  "قريات", "الدرب", "الحائر", "الهاشمية", "الشامية", "الطرة", "المرج", "الرديف", "الزيدية", "حلاوة",
  "حرمة", "صحابة", "طريف", "مساكن", "نخل", "خمر", "خصب", "بيلا", "تالا", "ميلا", "براك", "مطرة",
  "مطروح", "سكرة", "شقراء", "قسطنطين", "المحمدية", "المطوية", "المضيق", "الحمامات", "المهدية",
  // elsewhere
  "آدا", "أبهر", "ألاباما", "برايان", "كارمين", "كارولينا", "كارفور", "غارسيا", "ديلغادو", "رودريغيز",
  "موراليس", "هاميلتون", "ميلتون", "لينكولن", "ترينيداد", "سانتوس", "أوستن", "شارلوت", "كولومبوس",
  "كونكورد", "فلورانس", "مينا", "سيرا", "مانغا", "ليرا", "كاندي", "كيل", "كيتا", "كيت", "نيم", "رين",
  "تور", "ستري", "تتا", "تيما", "بوار", "بيتش", "ريغينا", "سالبادور", "شكي", "سومي", "وحدت", "يهودا",
  "زنزانة", "زومبا", "قلنسوة", "فرح", "فسا", "فورت", "هاله", "جايا", "قمرة", "قرشي", "ليدا", "ليني",
  "مرادي", "مبالي", "ماكاي", "مايا", "نكوص", "أردو", "دراس", "ديفا", "خنت", "علانية", "عشاق", "عصب",
  "ألباني", "كولون", "تستر", "إسماعيلي", "جيآن", "رينو", "العمرانية", "الدرب", "جيليان بانفيلد",
  "مملكة أكسوم", "بيرم كراي", "خاباروفسك كراي", "سويندون تاون", "هدرسفيلد تاون", "لوتون تاون",
  // found in news text as other words (سيجد "he will find", فوزان "two wins" as ف + وزان, بناها
  // "built it" as ب + ناها, للحج "for the Hajj" as ل + لحج), a company, a club, the Black Stone
  "سيجد", "ناها", "كتم", "ودان", "وزان", "لحج", "باري", "تويوتا", "أندرلخت", "الحجر الأسود",
  // a surname in UN text (غوستافو ميسا - كوادرا)
  "ميسا",
].map(fold));

/** Whether a folded word is written as a word of its own in news and UN
 * text (twice or more in the clitic lexicon), itself or with the tanween
 * alef (كبيرا, تاريخا). */
function isWord(stems, w) {
  return (stems.get(w) ?? 0) >= 2 || (w.endsWith("ا") && (stems.get(w.slice(0, -1)) ?? 0) >= 2);
}

/** Whether a one-word name is an inflected everyday word the stem check
 * above misses: a stem with the tanween alef (تاريخا, "a date"). */
function wordForm(stems, w) {
  return w.endsWith("ا") && (stems.get(w.slice(0, -1)) ?? 0) >= FREQUENT_BUCKET;
}

// --------------------------------------------------------- the similarity

/** Latin consonant classes of Arabic letters; vowels, ع and hamza drop. */
const AR_CLASS = {
  ب: "b", پ: "b", ت: "t", ث: "t", ط: "t", ج: "j", چ: "j", ح: "h", خ: "k", د: "d", ذ: "d", ض: "d", ظ: "d",
  ر: "r", ز: "s", س: "s", ش: "s", ص: "s", ژ: "s", غ: "g", گ: "g", ف: "f", ڤ: "f", ق: "k", ك: "k", ل: "l",
  م: "m", ن: "n", ه: "h",
};

/** An Arabic name's consonants, each word without its article. */
function arabicSkeleton(s) {
  return fold(s)
    .split(" ")
    .map((w) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w))
    .map((w) => [...w].map((c) => AR_CLASS[c] ?? "").join(""))
    .join("");
}

/** An English (romanized) name's consonants in the same classes. */
function latinSkeleton(s) {
  let t = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  t = t.replace(/\b(al|el|ad|ar|as|at|az|ash|an|ed|er|es|et|ez)[- ']/g, " ").replace(/[^a-z]/g, "");
  for (const [a, b] of [["sh", "s"], ["kh", "k"], ["gh", "g"], ["th", "t"], ["dh", "d"], ["ch", "s"], ["ph", "f"], ["ck", "k"], ["qu", "k"], ["x", "ks"]]) {
    t = t.split(a).join(b);
  }
  const map = { p: "b", c: "k", q: "k", z: "s", v: "f", y: "", w: "" };
  return [...t].filter((c) => !"aeiou".includes(c)).map((c) => map[c] ?? c).join("");
}

/** Edit distance of two skeletons; j and g count as one class. */
function distance(a, b) {
  const same = (x, y) => x === y || (x + y === "jg" || x + y === "gj");
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** 1 − the edit distance of the two names' consonant skeletons (h left
 * out, doubled letters once) over the longer one: 1 for قندهار/Kandahar,
 * 0 for a label that names something else (سمكة موزة/Bogue). */
export function similarity(arabic, english) {
  const squeeze = (s) => s.replace(/h/g, "").replace(/(.)\1+/g, "$1");
  const a = squeeze(arabicSkeleton(arabic));
  const e = squeeze(latinSkeleton(english));
  if (!a || !e) return 0;
  return 1 - distance(a, e) / Math.max(a.length, e.length);
}

// ------------------------------------------------------------- the inputs

/** The rows of a CSV file with a header line; fields may be quoted. */
function parseCsv(text) {
  const rows = [];
  for (const line of text.replace(/^\ufeff/, "").split(/\r?\n/)) {
    if (!line) continue;
    const fields = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = !quoted;
      else if (c === "," && !quoted) {
        fields.push(field);
        field = "";
      } else field += c;
    }
    fields.push(field);
    rows.push(fields);
  }
  const [header, ...body] = rows;
  return body.map((f) => Object.fromEntries(header.map((h, i) => [h, f[i] ?? ""])));
}

/** Folded surfaces and name parts of the core lists, which win. */
function coreWords() {
  const surfaces = new Set();
  const parts = new Set();
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith(".tsv")).sort()) {
    if (file.startsWith("clitics")) continue;
    for (const line of readFileSync(join(dataDir, file), "utf8").split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const first = line.split("\t")[0];
      (file === "name-parts.tsv" ? parts : surfaces).add(fold(first));
    }
  }
  return { surfaces, parts };
}

// ------------------------------------------------------------- generating

function region(country) {
  return ARAB.has(country) ? "arab" : NEAR.has(country) ? "near" : "world";
}

/** The city's name from its label: the part before a comma or
 * parenthesis, without a head; null when the label is no city name. */
function nameOf(label) {
  let s = clean(label).replace(/\s*\(.*?\)\s*/g, " ").split(/[،,]/)[0].trim();
  for (const head of HEADS) {
    if (s.startsWith(`${head} `)) {
      s = s.slice(head.length + 1).trim();
      break;
    }
  }
  if (!s || /[A-Za-z0-9\u0660-\u0669]/.test(s) || NOT_A_CITY.test(s)) return null;
  return s;
}

/** The English name as an id's gloss: "Ta`izz" → "Taizz". */
function gloss(english) {
  return clean(english).replace(/[`'’]/g, "").replace(/\s+/g, " ");
}

function cityId(english) {
  return `city-${readerSlug(english.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))}`;
}

export function generate(csvText, stems, core) {
  const rows = parseCsv(csvText);
  const dropped = { label: 0, spelling: 0, population: 0, core: 0, frequent: [], stop: 0, clitic: [], name: 0 };
  const best = new Map(); // folded surface → candidate
  for (const r of rows) {
    const name = nameOf(r.CityNameAr);
    if (!name) {
      dropped.label++;
      continue;
    }
    const english = gloss(r.CityNameEn);
    if (similarity(name, english) < MIN_SIMILARITY) {
      dropped.spelling++;
      continue;
    }
    const population = Math.round(Number(r.Population) || 0);
    if (population < POPULATION[region(r.CountryNameEn)]) {
      dropped.population++;
      continue;
    }
    const key = fold(name);
    if (core.surfaces.has(key)) {
      dropped.core++;
      continue;
    }
    const words = key.split(" ");
    const bare = key.startsWith("ال") && key.length > 4 ? key.slice(2) : key;
    if (STOP.has(key) || (words.length === 1 && (core.parts.has(key) || core.parts.has(bare)))) {
      dropped.stop++;
      continue;
    }
    if (words.length === 1) {
      if (!KEEP.has(key) && (stems.get(bare) ?? 0) >= FREQUENT_BUCKET) {
        dropped.frequent.push(`${name} (${english}, bucket ${stems.get(bare)})`);
        continue;
      }
    }
    const candidate = { name, key, english, country: r.CountryNameEn, population };
    const prev = best.get(key);
    if (!prev || population > prev.population) best.set(key, candidate);
  }
  // The gazetteer reads a word as a proclitic and a name when the rest is
  // one: a name that, behind a proclitic, spells an everyday word would
  // be found in it (كبيرا as ك + بيرا, Beira; فريدة as ف + ريدة), and a
  // name that is a proclitic and a core name is that name as often as not
  // (وجدة, Oujda, is و + جدة, Jeddah).
  const known = (w) => core.surfaces.has(w);
  for (const [key, c] of [...best]) {
    const [first, ...rest] = key.split(" ");
    const clash = PROCLITICS.map((p) => {
      if (first.startsWith(p) && [...first].length - [...p].length >= 2) {
        const stripped = [first.slice(p.length), ...rest].join(" ");
        if (known(stripped) || (p.endsWith("ل") && stripped.startsWith("ل") && known(`ا${stripped}`))) {
          return `${p} + ${stripped}`;
        }
      }
      return rest.length === 0 && isWord(stems, p + first) ? `${p}${first}` : null;
    }).find(Boolean);
    const plain = rest.length === 0 && wordForm(stems, first) ? first : null;
    if (clash || plain) {
      dropped.clitic.push(`${c.name} (${c.english}): ${clash ?? plain}`);
      best.delete(key);
    }
  }
  // Ids: city-<English name>; a second city of the same English name gets
  // its country too.
  const byId = new Map();
  const cities = [...best.values()].sort((a, b) => b.population - a.population || (a.key < b.key ? -1 : 1));
  const out = [];
  for (const c of cities) {
    let id = cityId(c.english);
    const owner = byId.get(id);
    if (owner && owner !== `${c.english}|${c.country}`) id = `${id}-${readerSlug(c.country)}`;
    byId.set(id, `${c.english}|${c.country}`);
    out.push({ surface: c.name, id, gloss: c.english });
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  out.sort((a, b) => cmp(a.id, b.id) || cmp(a.surface, b.surface));
  return { out, rows: rows.length, dropped };
}

function main() {
  const path = process.argv[2];
  if (!path) {
    console.error("usage: node scripts/gazetteer/wide-cities.mjs PATH/TO/world-cities.csv (see the header)");
    process.exit(2);
  }
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    console.error(`${path}: ${e.message} (see the header for how to get Data/world-cities.csv)`);
    process.exit(1);
  }
  const sha = createHash("sha256").update(bytes).digest("hex");
  if (sha !== SHA256) {
    console.error(`${path}: SHA-256 ${sha}, expected ${SHA256} (Data/world-cities.csv at ${REPO}@${COMMIT})`);
    process.exit(1);
  }
  const stems = stemBuckets(readFileSync(join(dataDir, "clitics-stems.tsv"), "utf8"));
  const { out, rows, dropped } = generate(bytes.toString("utf8"), stems, coreWords());
  const header = [
    "# Bayan wide gazetteer: cities of the world (type LOC)",
    "# generated by scripts/gazetteer/wide-cities.mjs — do not edit by hand",
    `# source: https://github.com/${REPO} at commit ${COMMIT}, Data/world-cities.csv`,
    "#   (Jamshaid Kamran, World Cities with Arabic Translations; Arabic names from Wikidata)",
    "# licence of the source data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/);",
    "#   changes: labels that name something else, small places and everyday words left out, heads",
    "#   (محافظة، ولاية …) removed, diacritics removed; ids and glosses from the English names",
    "# ids: city-<English name>; names already in the core lists (src/data/*.tsv) are left to them",
    "# columns: surface<TAB>type<TAB>canonical_id<TAB>english_gloss",
  ];
  const lines = out.map((c) => `${c.surface}\tLOC\t${c.id === defaultId("LOC", c.gloss) ? "" : c.id}\t${c.gloss}`);
  mkdirSync(join(dataDir, "wide"), { recursive: true });
  writeFileSync(join(dataDir, "wide", "cities.tsv"), [...header, ...lines].join("\n") + "\n");
  console.log(`wide/cities.tsv: ${out.length} names from ${rows} rows`);
  console.log(
    `left out: ${dropped.label} labels naming no city, ${dropped.spelling} labels not spelling the English name, ` +
      `${dropped.population} small places, ${dropped.core} names in the core lists, ${dropped.stop} reviewed words ` +
      `or name parts, ${dropped.frequent.length} frequent words, ${dropped.clitic.length} words with a proclitic or tanween`,
  );
  if (process.env.VERBOSE) {
    for (const f of dropped.frequent) console.log(`  frequent: ${f}`);
    for (const c of dropped.clitic) console.log(`  clitic: ${c}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
