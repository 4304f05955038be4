// Generates src/data/wide/name-parts.tsv from the Arabic name lists of
// AKhateeb/arabic-names (MIT), pinned by commit and SHA-256:
//
//   git clone https://github.com/AKhateeb/arabic-names /tmp/arabic-names
//   git -C /tmp/arabic-names checkout 32d5ec88aabb1d1ce79034bfec1d26443124859a
//   node scripts/gazetteer/wide-name-parts.mjs /tmp/arabic-names
//
// Given names (male and female) and family names that src/data/name-parts.tsv
// lacks, in its format. Many Arabic names are everyday words (بيان "statement",
// ذكرى "anniversary", حداد "mourning", المصري "the Egyptian"), and a name part is
// evidence the rules and the tagger read (src/entities/rules/people.rs), so a
// part is left out when:
// - the clitic lexicon has it as a free word (any count in NewsFANE Gold and the
//   UN corpus: a name that shows up there mostly shows up as a word),
// - or it is on the reviewed WORDS list (words those corpora happen to lack),
// - or a core list names something with it (أريحا is Jericho).
// Deterministic: the same input gives the same file, byte for byte.

import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { clean, fold, stemBuckets } from "./arabic.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, "..", "..", "src", "data");
const REPO = "AKhateeb/arabic-names";
const COMMIT = "32d5ec88aabb1d1ce79034bfec1d26443124859a";
const FILES = [
  ["male-first--names-in-arabic.txt", "given", "98de643347a2e5d7cf64a37646f753fe18eb57e8b14e1870614a475c8518de08"],
  ["female-first-names-in-arabic.txt", "given", "fd9ea516ec42a98cbbf399a569b514034a3756aaf58d67d7bd7c450a3d2f3c1d"],
  ["last-names-in-arabic.txt", "family", "90caf199ce62233adda86753efe5ec1da4dadc88693606a86686e5ef487e35f0"],
];

/** Names reviewed as everyday words, adjectives or things that NewsFANE Gold
 * and the UN corpus happen not to have. */
const WORDS = new Set([
  "أحنف", "باشر", "برعم", "برئ", "بلبل", "جاهد", "جحا", "حداد", "حجي", "حنفي", "زاهد", "صابر", "ضاحي",
  "عايد", "كايد", "نذير", "بدوي", "إيثار", "براق", "براك", "بسيم",
  "إبتهال", "أبية", "أرجوان", "أسرار", "أسوة", "إشراق", "إشفاق", "أشواق", "أصالة", "أصيلة", "إفتكار",
  "أفراح", "ألحان", "ألطاف", "أليفة", "أماني", "أنيسة", "بارعة", "براءة", "براح", "براعم", "بريئة",
  "بصيرة", "بلبلة", "بنان", "بنانة", "بنفسج", "بهية", "بهيجة", "بيداء", "بينة", "تحفة", "تذكار", "تسبيح",
  "تقاء", "تقوى", "تهامة", "تودد", "توسل", "ثائرة", "ثناء", "جلاء", "جهام", "جهراء", "حسناء", "خواطر",
  "خلود", "دانية", "زكية", "شمائل", "صابرين", "لؤلؤة", "محاسن", "مسرة", "نابغة", "نغم", "نجود", "تسنيم",
  "الحداد", "باذنجان", "قصاب", "قطان", "مؤذن", "الشامي", "الحموي", "الطويل", "الأسعد", "المنجد",
  "السحار", "الحمود", "زكار", "ريس", "ديمة", "ربى", "بادي", "علا", "هلا", "صبا", "ثواب", "حسيب", "حفيظ",
  "رابح", "حجاج", "حبشي", "أزهر", "تيجان",
  // places
  "بيسان", "تيماء",
].map(fold));

/** The clitic lexicon's stems, the core lists' surfaces and name parts. */
function known() {
  const stems = stemBuckets(readFileSync(join(dataDir, "clitics-stems.tsv"), "utf8"));
  const surfaces = new Set();
  const parts = new Set();
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith(".tsv") && !f.startsWith("clitics")).sort()) {
    for (const line of readFileSync(join(dataDir, file), "utf8").split("\n")) {
      if (!line || line.startsWith("#")) continue;
      (file === "name-parts.tsv" ? parts : surfaces).add(fold(line.split("\t")[0]));
    }
  }
  return { stems, surfaces, parts };
}

function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node scripts/gazetteer/wide-name-parts.mjs PATH/TO/arabic-names (see the header)");
    process.exit(2);
  }
  const { stems, surfaces, parts } = known();
  const rows = new Map(); // folded part → [part, role]
  const dropped = { core: 0, word: [], named: 0 };
  for (const [file, role, sha] of FILES) {
    let bytes;
    try {
      bytes = readFileSync(join(dir, file));
    } catch (e) {
      console.error(`${join(dir, file)}: ${e.message} (see the header for how to get ${REPO})`);
      process.exit(1);
    }
    const got = createHash("sha256").update(bytes).digest("hex");
    if (got !== sha) {
      console.error(`${file}: SHA-256 ${got}, expected ${sha} (${REPO}@${COMMIT})`);
      process.exit(1);
    }
    for (const raw of bytes.toString("utf8").split(/\r?\n/)) {
      const part = clean(raw);
      if (!part) continue;
      const key = fold(part);
      const bare = key.startsWith("ال") && key.length > 4 ? key.slice(2) : key;
      if (parts.has(key) || rows.has(key)) dropped.core++;
      else if (surfaces.has(key)) dropped.named++;
      else if (WORDS.has(key) || stems.has(bare) || stems.has(key)) dropped.word.push(part);
      else rows.set(key, [part, role]);
    }
  }
  const lines = [...rows.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const header = [
    "# Bayan wide word list: more parts of Arabic personal names",
    "# generated by scripts/gazetteer/wide-name-parts.mjs — do not edit by hand",
    `# source: https://github.com/${REPO} at commit ${COMMIT}`,
    `#   (${FILES.map((f) => f[0]).join(", ")})`,
    "# licence of the source data: MIT (Copyright (c) 2018 AKhateeb)",
    "# left out: parts name-parts.tsv has, everyday words (the clitic lexicon's stems and a reviewed list),",
    "#   names of places and bodies in the core lists",
    "# columns: part<TAB>role (given or family), as in name-parts.tsv",
  ];
  mkdirSync(join(dataDir, "wide"), { recursive: true });
  writeFileSync(
    join(dataDir, "wide", "name-parts.tsv"),
    [...header, ...lines.map(([p, r]) => `${p}\t${r}`)].join("\n") + "\n",
  );
  console.log(`wide/name-parts.tsv: ${lines.length} parts`);
  console.log(
    `left out: ${dropped.core} in name-parts.tsv or repeated, ${dropped.named} names of places or bodies, ` +
      `${dropped.word.length} everyday words`,
  );
  if (process.env.VERBOSE) console.log(`  words: ${dropped.word.join(" ")}`);
}

main();
