// Types of <bayan-explorer> (www/bayan-explorer.js).
import type { Analysis, EntityMention } from './lib/index.js';

export declare class BayanExplorer extends HTMLElement {
  /** The text to analyze; wins over `src`. */
  text: string;
  /** A same-origin URL of a UTF-8 text to analyze. */
  src: string;
  /** Comma-separated entity types to show (all when empty). */
  types: string;
  /** The normalization preset of `bayan-entity-click`'s `normalized`. */
  preset: 'display' | 'search' | 'strict';
  /** The interface language. */
  lang: 'ar' | 'en';
  /** `full`: legend, status and text; `reader`: the text only. */
  mode: 'full' | 'reader';
  /** The last analysis, before the `types` filter. */
  readonly analysis: Analysis | null;
}

export interface BayanAnalyzedDetail { length: number; tokens: number; entities: EntityMention[] }
export interface BayanEntityClickDetail extends EntityMention { text: string; normalized: string; preset: string }

declare global {
  interface HTMLElementTagNameMap { 'bayan-explorer': BayanExplorer }
  interface HTMLElementEventMap {
    'bayan-analyzed': CustomEvent<BayanAnalyzedDetail>;
    'bayan-entity-click': CustomEvent<BayanEntityClickDetail>;
    'bayan-error': CustomEvent<{ message: string }>;
  }
}
