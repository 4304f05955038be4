// The entity types the core reports, with their labels. Colours live in
// style.css (one class per type), each paired with a distinct underline so
// that no type is told apart by colour alone.
export const ENTITY_TYPES = [
  { type: 'PERSON', ar: 'أشخاص', en: 'People' },
  { type: 'ORG', ar: 'منظمات', en: 'Organisations' },
  { type: 'LOC', ar: 'أماكن', en: 'Places' },
  { type: 'DATE', ar: 'تواريخ', en: 'Dates' },
  { type: 'NUMBER', ar: 'أعداد', en: 'Numbers' },
  { type: 'EVENT', ar: 'أحداث', en: 'Events' },
  { type: 'LAW', ar: 'قرارات ومواثيق', en: 'Resolutions & laws' },
  { type: 'TITLE', ar: 'ألقاب ومناصب', en: 'Titles & roles' },
  { type: 'QUOTE', ar: 'أسماء بين علامتي تنصيص', en: 'Quoted names' },
];

export const TYPE_LABEL = Object.fromEntries(ENTITY_TYPES.map((t) => [t.type, t]));
