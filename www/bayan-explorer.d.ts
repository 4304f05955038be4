// Types of <bayan-explorer> (www/bayan-explorer.js).
import type { Analysis, EntityMention, Preset, Statement } from './lib/index.js';

export declare class BayanExplorer extends HTMLElement {
  /**
   * Whether the page's elements load the wide name lists (`pkg/wide/`) after
   * their first highlight and analyze again with them (default `true`). Set
   * it to `false` before the first element analyzes to leave them out.
   */
  static wideLists: boolean;
  /** A same-origin URL of the text to analyze, decoded as the page decodes a file; wins over `text` and the content. */
  src: string;
  /** The text to analyze when there is no `src`; wins over the element's content. */
  text: string;
  /** Comma-separated entity types to show (all when empty). */
  types: string;
  /** The normalization preset of `bayan-entity-click`'s `normalized` (default `search`). */
  preset: Preset;
  /** The interface language. */
  lang: 'ar' | 'en';
  /** `full`: legend, status and text; `reader`: the text only. */
  mode: 'full' | 'reader';
  /** The last analysis, before the `types` filter; null before one, after a failure and for an empty text. */
  readonly analysis: Analysis | null;
}

export interface BayanAnalyzedDetail {
  /** Where the text came from. */
  source: 'src' | 'text' | 'content';
  /** Its length in UTF-16 units. */
  length: number;
  tokens: number;
  /** The entities shown (after the `types` filter). */
  entities: EntityMention[];
  /** Every statement found (the `types` filter does not apply), as `bayan analyze` gives them, in UTF-16 offsets. */
  statements: Statement[];
  /** How `src` was decoded (`utf-8`, `utf-16le`, `windows-1256`…); null for `text` and the content. */
  encoding: string | null;
  /** Invalid byte sequences in `src`, each shown as U+FFFD: how many, and the byte offset of the first. */
  invalid: { count: number; first: number | null };
  /** How many invisible or bidi control characters the text holds (shown as markers). */
  controls: number;
  /** What the decoding noticed, in the element's language. */
  warnings: string[];
  /**
   * Whether the analysis had the wide name lists: the first comes before
   * they load, and one with them follows (unless `BayanExplorer.wideLists`
   * is false or they could not be loaded).
   */
  wide: boolean;
}

export interface BayanEntityClickDetail extends EntityMention {
  /** The entity as written in the text. */
  text: string;
  /** The same, normalized with `preset`. */
  normalized: string;
  preset: Preset;
}

/**
 * A statement whose act was clicked (or pressed with Enter or Space): the
 * object `bayan analyze` prints for it (offsets in UTF-16 units, so
 * `text.slice(act.start, act.end)` is the act) and its place in
 * `analysis.statements`.
 */
export interface BayanStatementClickDetail extends Statement {
  index: number;
}

export interface BayanErrorDetail {
  /**
   * `origin`: `src` is on another origin; `network`, `http`: it could not be
   * fetched; `unsupported`: it is not a text (a PDF, an image, binary data…);
   * `analysis`: the analysis failed (the worker or the wasm could not start).
   */
  kind: 'origin' | 'network' | 'http' | 'unsupported' | 'analysis';
  /** What the status line says, in the element's language. */
  message: string;
  /** The technical cause, for the site's developers. */
  cause: string;
}

declare global {
  interface HTMLElementTagNameMap { 'bayan-explorer': BayanExplorer }
  interface HTMLElementEventMap {
    'bayan-analyzed': CustomEvent<BayanAnalyzedDetail>;
    'bayan-entity-click': CustomEvent<BayanEntityClickDetail>;
    'bayan-statement-click': CustomEvent<BayanStatementClickDetail>;
    'bayan-error': CustomEvent<BayanErrorDetail>;
  }
}
