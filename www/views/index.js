// The panels and views that come after the first highlight: app.js loads
// this module with import() once the reader's first marks are painted (or
// when one of them is first needed), so the page shows a text without
// waiting for code it does not need yet. Each lives in its own file.
import { createEntitiesPanel } from './entities.js';
import { createStatementsPanel } from './statements.js';
import { createInspector } from './inspector.js';
import { createWordsView } from './words.js';
import { createConcordanceView } from './concordance.js';
import { createSummaryView } from './summary.js';
import { createNormalizationView } from './normalization.js';
import { createCompareView } from './compare.js';
import { createExportView } from './export.js';
import { createTeacherMode } from './teacher.js';
import { createPrintKey } from './print-key.js';
import { mentionGloss } from '../glosses.js';

const $ = (id) => document.getElementById(id);

/** Creates every panel and view in its place on the page, sharing `ctx`. */
export function createParts(ctx) {
  return {
    mentionGloss,
    printKey: createPrintKey($('print-key')),
    entitiesPanel: createEntitiesPanel($('entities-panel'), ctx),
    statementsPanel: createStatementsPanel($('statements-panel'), ctx),
    inspector: createInspector($('inspector'), ctx),
    teacher: createTeacherMode($('teacher'), ctx),
    views: {
      words: createWordsView($('view-words'), ctx),
      concordance: createConcordanceView($('view-concordance'), ctx),
      summary: createSummaryView($('view-summary'), ctx),
      normalization: createNormalizationView($('view-normalization'), ctx),
      compare: createCompareView($('view-compare'), ctx),
      export: createExportView($('view-export'), ctx),
    },
  };
}
