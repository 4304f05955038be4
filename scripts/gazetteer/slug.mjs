// The id an empty id field of a gazetteer line stands for: the gloss in
// lowercase ASCII letters and digits, every other run one hyphen. The same
// rule as `slug` in src/entities/gazetteer.rs, which reads the lists.
export const slug = (gloss) => gloss.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
