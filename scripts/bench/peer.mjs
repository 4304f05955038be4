// The peer Bayan is compared with: a thin JavaScript regex pipeline, the
// kind a page would write without Bayan. It normalizes (diacritics,
// tatweel, alef forms, alef maqsura), splits on white space and
// punctuation, and looks every word and word pair up in a gazetteer built
// from Bayan's own lists. No clitics, no sentences, no offsets map: it does
// less than Bayan, which makes it a generous baseline.
import { readFileSync } from 'node:fs';

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/g;
const ALEF = /[أإآٱ]/g;
const SPLIT = /[\s.,:;!?()\[\]{}«»"'،؛؟…\-–—/]+/u;

export const normalize = (s) => s.replace(DIACRITICS, '').replace(ALEF, 'ا').replace(/ى/g, 'ي');

/** A Map from normalized name (one or two words) to its type, from src/data/*.tsv. */
export function gazetteer(files) {
  const names = new Map();
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [surface, type] = line.split('\t');
      if (surface && type) names.set(normalize(surface.trim()), type.trim());
    }
  }
  return names;
}

/** Tokens (normalized) and the entities found: `{ tokens, entities }`. */
export function thinPipeline(text, names) {
  const tokens = normalize(text).split(SPLIT);
  const entities = [];
  for (let i = 0; i < tokens.length; i++) {
    const pair = i + 1 < tokens.length ? `${tokens[i]} ${tokens[i + 1]}` : null;
    if (pair && names.has(pair)) {
      entities.push([i, 2, names.get(pair)]);
      i++;
    } else if (names.has(tokens[i])) {
      entities.push([i, 1, names.get(tokens[i])]);
    }
  }
  return { tokens, entities };
}
