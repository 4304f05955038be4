// The report every text gets, whatever its source (a file read by
// decode.js, a paste, the sample): the invisible controls it holds, and one
// sentence for the status line. Apart from decode.js, so that a pasted or
// sample text does not load the file decoders.
import { scanControls } from './controls.js';
import { t } from './i18n.js';

/** The report of a text that arrived as text (pasted): controls only. */
export async function textReport(text) {
  return finish({ text, encoding: 'utf-16', bom: false, invalid: { count: 0, first: null }, format: 'paste', warnings: [] });
}

/** One sentence summing up `report` for the status line. */
export function describe(report) {
  const parts = [];
  if (report.format === 'html') parts.push(t('formatHtml'));
  else if (report.format === 'docx') parts.push(t('formatDocx'));
  if (report.encoding && report.format !== 'paste') {
    const encoding = report.encoding.toUpperCase();
    parts.push(report.bom ? t('withBom', encoding) : encoding);
  }
  return [parts.join(t('listSeparator')), ...report.warnings].filter(Boolean).join(' · ');
}

/** Adds what every report says whatever its source: invisible controls. */
export async function finish(report) {
  const controls = await scanControls(report.text);
  if (controls.count > 0) {
    // Names may have spaces (FUNCTION APPLICATION): the list separator keeps them apart.
    const names = [...controls.names].map(([n, c]) => `${n}×${c}`).join(t('listSeparator'));
    report.warnings.push(t('hiddenControls', controls.count, names));
  }
  report.controls = controls.count;
  return report;
}

