// Arabic spelling helpers shared by the list generators: the cleaning of a
// display string and the fold the gazetteer matches on.

/** A display string without bidi marks, diacritics or tatweel ("عَمَّان" →
 * "عمان"), with ordinary single spaces. */
export function clean(s) {
  return s
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[\u00a0\u202f\u2009\u2007_]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The spelling the gazetteer matches on (src/normalize, `search`): hamza
 * on alef and alef wasla fold to ا, ى to ي. */
export function fold(s) {
  return clean(s).replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي");
}

/** The proclitic sequences the gazetteer strips off a name's first word
 * (PROCLITICS in src/entities/gazetteer.rs). */
export const PROCLITICS = ["و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"];

/** Reads the front-coded stem lexicon (src/data/clitics-stems.tsv, see
 * `stem_buckets` in src/clitics/lexicon.rs): folded stem → log2 frequency
 * bucket (1 + floor(log2(count)) in NewsFANE Gold and the UN corpus). */
export function stemBuckets(text) {
  const out = new Map();
  let previous = "";
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const chars = [...line];
    let shared = 0;
    let own = "";
    for (const c of chars) {
      if (c >= "0" && c <= "9") {
        shared = Number(c);
        own = "";
      } else if (/[A-Za-z]/.test(c)) {
        previous = [...previous].slice(0, shared).join("") + own;
        out.set(previous, c.toLowerCase().charCodeAt(0) - 96);
        shared = 0;
        own = "";
      } else {
        own += c;
      }
    }
  }
  return out;
}
