// The entity types the core reports (core-facts.js, generated from the Rust
// EntityType), in the core's order, with their labels. Colours live in
// entities.css (one class per type), each paired with a distinct underline
// so that no type is told apart by colour alone. A type the page does not
// know yet still shows, under its own name, with the neutral colour.
import { currentLang } from './i18n.js';
import { ENTITY_TYPE_CODES } from './core-facts.js';

/** Labels by type code; tests/wasm/facts.test.mjs checks every core type has one. */
export const LABELS = {
  PERSON: { ar: 'أشخاص', en: 'People', one: { ar: 'شخص', en: 'Person' } },
  ORG: { ar: 'منظمات', en: 'Organisations', one: { ar: 'منظمة', en: 'Organisation' } },
  LOC: { ar: 'أماكن', en: 'Places', one: { ar: 'مكان', en: 'Place' } },
  DATE: { ar: 'تواريخ', en: 'Dates', one: { ar: 'تاريخ', en: 'Date' } },
  NUMBER: { ar: 'أعداد', en: 'Numbers', one: { ar: 'عدد', en: 'Number' } },
  EVENT: { ar: 'أحداث', en: 'Events', one: { ar: 'حدث', en: 'Event' } },
  LAW: { ar: 'قرارات ومواثيق', en: 'Resolutions & laws', one: { ar: 'قرار أو ميثاق', en: 'Resolution or law' } },
  TITLE: { ar: 'ألقاب ومناصب', en: 'Titles & roles', one: { ar: 'لقب أو منصب', en: 'Title or role' } },
  QUOTE: { ar: 'أسماء بين علامتي تنصيص', en: 'Quoted names', one: { ar: 'اسم بين علامتي تنصيص', en: 'Quoted name' } },
};

export const ENTITY_TYPES = ENTITY_TYPE_CODES.map((type) => ({ type, ...LABELS[type] }));

export const TYPE_LABEL = Object.fromEntries(ENTITY_TYPES.map((t) => [t.type, t]));

/** The order of types in lists: the table above, unknown types last. */
export function typeOrder(type) {
  const i = ENTITY_TYPES.findIndex((t) => t.type === type);
  return i < 0 ? ENTITY_TYPES.length : i;
}

/** A type's plural label in the interface language. */
export function typeName(type) {
  return TYPE_LABEL[type]?.[currentLang()] ?? type;
}

/** A type's singular label in the interface language. */
export function typeOne(type) {
  return TYPE_LABEL[type]?.one[currentLang()] ?? type;
}
