// Checks the word lists in src/data/ (needs no npm install):
//   node scripts/gazetteer/validate.mjs
// - gazetteer TSVs: exactly 4 tab-separated fields, a valid type, a lowercase ASCII slug id
//   left empty exactly when the reader derives it from the gloss (scripts/gazetteer/slug.mjs),
//   no leading/trailing spaces, no Arabic diacritics or tatweel in the surface, sorted by
//   canonical id then surface, no duplicate (surface, type) within or across files (the wide
//   lists of src/data/wide/ included);
// - name-parts.tsv and wide/name-parts.tsv: 2 fields with a known role, each part once in both;
// - stopwords.tsv: 1 field, each word once;
// - the entities of the sample statement (shared/samples/oic-aleppo-statement.txt) are listed.
// Exits 1 with one message per problem.

import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultId } from "./slug.mjs";

const dataDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src", "data");
const GAZETTEERS = [
  "places.tsv",
  "places-extra.tsv",
  "months.tsv",
  "organizations.tsv",
  "persons.tsv",
  "titles.tsv",
  // The wide lists (src/data/wide/): checked like the core ones, and with them.
  ...readdirSync(join(dataDir, "wide"))
    .filter((f) => f.endsWith(".tsv") && f !== "name-parts.tsv")
    .sort()
    .map((f) => `wide/${f}`),
];
const TYPES = new Set(["PERSON", "ORG", "LOC", "DATE", "EVENT", "LAW", "TITLE"]);
const ROLES = new Set(["given", "connector", "family"]);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DIACRITICS = /[\u064b-\u065f\u0670\u0640]/;

const problems = [];
const bad = (file, n, msg) => problems.push(`${file}:${n}: ${msg}`);

function records(file, fields, optional = new Set()) {
  const text = readFileSync(join(dataDir, file), "utf8");
  if (!text.endsWith("\n")) bad(file, 0, "file does not end with a newline");
  if (text.includes("\r")) bad(file, 0, "file has CR characters (use LF line ends)");
  const out = [];
  text.split("\n").forEach((line, i) => {
    const n = i + 1;
    if (line === "" || line.startsWith("#")) return;
    const cols = line.split("\t");
    if (cols.length !== fields) return bad(file, n, `expected ${fields} tab-separated fields, got ${cols.length}`);
    cols.forEach((c, k) => {
      if ((c === "" && !optional.has(k)) || c !== c.trim()) bad(file, n, `empty field or leading/trailing space: ${JSON.stringify(line)}`);
    });
    if (DIACRITICS.test(cols[0])) bad(file, n, `diacritic or tatweel in ${cols[0]}`);
    out.push({ n, cols });
  });
  return out;
}

const seen = new Map(); // "surface\ttype" → "file:line"
const surfaces = new Set();
for (const file of GAZETTEERS) {
  let prev = null;
  for (const { n, cols } of records(file, 4, new Set([2]))) {
    const [surface, type, written, gloss] = cols;
    const id = written || defaultId(type, gloss);
    if (!TYPES.has(type)) bad(file, n, `unknown type ${type}`);
    if (!ID.test(id)) bad(file, n, `canonical id ${id} is not a lowercase ASCII slug`);
    if (written && written === defaultId(type, gloss)) bad(file, n, `leave the id ${id} empty: the reader derives it from the gloss`);
    const key = `${surface}\t${type}`;
    if (seen.has(key)) bad(file, n, `duplicate (surface, type) ${surface} ${type}, first at ${seen.get(key)}`);
    else seen.set(key, `${file}:${n}`);
    const sortKey = [id, surface];
    if (prev && (prev[0] > sortKey[0] || (prev[0] === sortKey[0] && prev[1] > sortKey[1]))) {
      bad(file, n, `not sorted by canonical id then surface (${id} ${surface} after ${prev.join(" ")})`);
    }
    prev = sortKey;
    surfaces.add(surface);
  }
}

const parts = new Set();
for (const file of ["name-parts.tsv", "wide/name-parts.tsv"]) {
  for (const { n, cols } of records(file, 2)) {
    if (!ROLES.has(cols[1])) bad(file, n, `unknown role ${cols[1]}`);
    if (parts.has(cols[0])) bad(file, n, `duplicate part ${cols[0]}`);
    parts.add(cols[0]);
  }
}
const stop = new Set();
for (const { n, cols } of records("stopwords.tsv", 1)) {
  if (stop.has(cols[0])) bad("stopwords.tsv", n, `duplicate stopword ${cols[0]}`);
  stop.add(cols[0]);
}

// Every organisation, country, city and person of the sample statement.
const SAMPLE = [
  "منظمة التعاون الإسلامي", "المجلس الوزاري", "اللجنة التنفيذية", "الأمانة العامة", "مجلس الأمن",
  "مجلس الأمن الدولي", "الجمعية العامة", "الأمم المتحدة", "مجلس وزراء الخارجية", "داعش",
  "جبهة النصرة", "الجمهورية العربية السورية", "سوريا", "الكويت", "دولة الكويت", "البحرين",
  "السعودية", "أوزبكستان", "جدة", "حلب", "إسطنبول", "طشقند", "جنيف", "حمود بن عبدالله آل خليفة",
  "الشيخ", "سفير", "المندوب الدائم", "أبريل", "مايو", "أكتوبر",
];
for (const s of SAMPLE) if (!surfaces.has(s)) problems.push(`sample statement: ${s} is in no gazetteer`);

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s) in src/data`);
  process.exit(1);
}
console.log(
  `src/data ok: ${seen.size} gazetteer entries in ${GAZETTEERS.length} files, ${parts.size} name parts, ${stop.size} stopwords`,
);
