#!/usr/bin/env node
// How many of the UN's own date and reference forms Bayan finds whole.
//
//   node scripts/un-conventions.mjs [--bayan PATH] [--half first|second|all] [--show N] CORPUS
//
// CORPUS is a file of documents as in ../shared/data/un_parallel_corpus_ar
// (`# doc_id = …` and `# source = …` header lines, the text, a blank line).
// --half picks the first or second half of its documents (the first half
// is for reading while tuning the rules; the second is a check they have
// not seen); --show N prints N missed forms of each kind, and only for the
// first half. The forms are found by regular expressions independent of
// Bayan's rules, then each is looked up among the mentions of
// `bayan analyze`:
//
// - two-calendar dates (3 حزيران/يونيه 2014, أيار (مايو) 2015, ranges of
//   days), found whole when one DATE mention covers the form;
// - resolution references: «قرار … رقم N», «N (YYYY)» after a resolution
//   noun (list items too), General Assembly numbers (68/262) and document
//   symbols (S/2016/57), found when one LAW mention covers the form;
// - paragraph and list labels («9 -», «١٢٣ -», «(3)», «'3`»), which should
//   never be tagged NUMBER.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  if (value === undefined) throw new Error(`${name} needs a value`);
  return value;
};
const bayan = option('--bayan', 'target/release/bayan');
const half = option('--half', 'all');
const show = Number(option('--show', '0'));
if (args.length !== 1) {
  console.error('usage: node scripts/un-conventions.mjs [--bayan PATH] [--half first|second|all] [--show N] CORPUS');
  process.exit(2);
}
if (!['first', 'second', 'all'].includes(half)) throw new Error(`--half: first, second or all, not ${half}`);
if (show > 0 && half !== 'first') throw new Error('--show reads missed forms: only for --half first');

// The documents, their header lines left out.
const docs = readFileSync(args[0], 'utf8')
  .split(/\n\s*\n/)
  .map((d) => d.split('\n').filter((l) => l.trim() && !l.startsWith('#')).join('\n'))
  .filter((d) => d);
const middle = Math.floor(docs.length / 2);
const chosen = half === 'first' ? docs.slice(0, middle) : half === 'second' ? docs.slice(middle) : docs;
const text = chosen.join('\n\n') + '\n';

const run = spawnSync(bayan, ['analyze', '--offsets', 'utf16'], { input: text, maxBuffer: 1 << 30 });
if (run.status !== 0) throw new Error(`${bayan} analyze failed: ${run.stderr}`);
const mentions = [];
for (const e of JSON.parse(run.stdout).entities) {
  mentions.push(e, ...e.inner);
}

const D = '[0-9\u0660-\u0669]';
const levantine = 'كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول';
const gregorian = 'يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر';
const pair = `(?:${levantine})\\s*(?:/\\s*(?:${gregorian})|\\(\\s*(?:${gregorian})\\s*\\))`;
const forms = {
  'two-calendar dates': {
    type: 'DATE',
    re: new RegExp(`(?:${D}{1,2}(?:\\s*(?:و|-|إلى)\\s*${D}{1,2})?\\s+)?${pair}(?:\\s+${D}{4}(?!${D}))?`, 'gu'),
  },
  'resolution «قرار … رقم N»': { type: 'LAW', re: new RegExp(`قرار[^\\n.،؛]{0,60}?رقم\\s+${D}+`, 'gu') },
  'resolution «N (YYYY)»': {
    type: 'LAW',
    re: new RegExp(`(?<=قرار[^\\n.؛]{0,160})(?<!${D}|/)${D}{1,4}\\s*\\((?:19|20|١٩|٢٠)${D}{2}\\)`, 'gu'),
  },
  'General Assembly numbers (68/262)': {
    type: 'LAW',
    re: new RegExp(`(?<![${'0-9\u0660-\u0669'}/A-Za-z.])(?:[4-8][0-9]|[٤-٨][٠-٩])/${D}{1,3}(?![0-9\u0660-\u0669/])`, 'gu'),
  },
  'document symbols (S/2016/57)': { type: 'LAW', re: /(?<![A-Za-z0-9/])[A-Z]{1,8}\/[A-Za-z0-9./-]*[0-9][A-Za-z0-9/-]*/gu },
};
const labels = new RegExp(`^[ \\t]*(?:${D}+[ \\t]*[-–.)]|\\([ \\t]*${D}+[ \\t]*\\))|'${D}+\``, 'gmu');

const covers = (type, start, end) => mentions.some((m) => m.type === type && m.start <= start && m.end >= end);
console.log(`${chosen.length} documents (${half}), ${text.length} UTF-16 units, ${mentions.length} mentions`);
for (const [name, { type, re }] of Object.entries(forms)) {
  const found = [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const missed = found.filter((m) => !covers(type, m.start, m.end));
  const share = found.length ? ((100 * (found.length - missed.length)) / found.length).toFixed(1) : '-';
  console.log(`${name}: ${found.length - missed.length} of ${found.length} in one ${type} (${share} %)`);
  for (const m of missed.slice(0, show)) {
    console.log(`  missed: ${text.slice(Math.max(0, m.start - 30), m.end + 20).replace(/\n/g, ' ⏎ ')}`);
  }
}
const labelMatches = [...text.matchAll(labels)];
const tagged = labelMatches.filter((m) => {
  const digits = /[0-9\u0660-\u0669]+/u.exec(m[0]);
  const start = m.index + digits.index;
  const end = start + digits[0].length;
  return mentions.some((e) => e.type === 'NUMBER' && e.start < end && e.end > start);
});
console.log(`paragraph and list labels tagged NUMBER: ${tagged.length} of ${labelMatches.length}`);
for (const m of tagged.slice(0, show)) {
  console.log(`  tagged: ${text.slice(m.index, m.index + 40).replace(/\n/g, ' ⏎ ')}`);
}
