// The id an empty id field of a gazetteer line stands for: the gloss in
// lowercase ASCII letters and digits, every other run one hyphen, and for a
// TITLE `title-` before it. The same rule as `default_id` in
// src/entities/gazetteer.rs, which reads the lists.
export const slug = (gloss) => gloss.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

export const defaultId = (type, gloss) => {
  const s = slug(gloss);
  return type === "TITLE" && s ? `title-${s}` : s;
};
