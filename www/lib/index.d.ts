// Types of the Bayan library (www/lib/index.js).
import type { Analysis as AnalysisColumns, AnalyzeOptions, TokenKind, InitInput, EntityMention, Form, Statement, StatementClass } from '../pkg/bayan.js';

export type { AnalysisColumns };
export type {
  AnalyzeOptions, TokenKind, Form, Segment, SegmentKind, EntityMention, EntityType,
  FormColumns, SegmentColumns, MentionColumns, Statement, StatementClass, SpeakerRule, SpanText, StatementColumns,
} from '../pkg/bayan.js';

/** The result of `analyze`: the core's, with forms and entities as objects. */
export interface Analysis extends Pick<AnalysisColumns, 'tokens' | 'tokenKinds' | 'sentences'> {
  /** `forms[tokens.formIds[i]]` is token i's form. */
  forms: Form[];
  entities: EntityMention[];
  /**
   * Statements in text order, the shape `bayan analyze` prints (UTF-16 offsets); `speaker.entities`
   * and `targets` index `entities` flattened (each container followed by its `inner` mentions).
   * Empty when the text has none.
   */
  statements: Statement[];
}

/** The statement classes in the core's order, with their Arabic and English labels. */
export declare const STATEMENT_CLASSES: readonly { name: StatementClass; ar: string; en: string }[];

export type Preset = 'display' | 'light' | 'search' | 'strict';

/** The normalization presets, lightest first. */
export declare const PRESETS: readonly Preset[];

export interface InitOptions {
  /**
   * The entity tagger's model: by default the package's `pkg/ner.model.bin`;
   * bytes, a `Response` or a URL to take it from elsewhere; `false` to
   * analyze without it (the lists and rules alone find fewer names).
   */
  model?: Uint8Array | ArrayBuffer | Response | URL | string | false;
  /**
   * The wide name lists (cities, regions, organizations, movements, leaders,
   * as the CLI has them): by default the package's `pkg/wide/`; the URL of
   * a folder holding them to take them from elsewhere; `false` to leave
   * them out (fewer names; `loadWideLists` adds them later).
   */
  wide?: URL | string | false;
}

/** What loading the wide name lists did. */
export interface WideResult {
  /** How many names the lists loaded now hold. */
  names: number;
  /** The lists loaded now (`cities.tsv`, …). */
  loaded: string[];
  /** The lists that could not be fetched or read, with why; the others work. */
  failed: { name: string; error: string }[];
}

/**
 * Loads the wasm core, the model and the wide name lists once; by default
 * all from the package's own files (fetched in a page or worker, read from
 * disk in Node). Rejects with an error naming what could not be loaded.
 */
export declare function init(wasm?: InitInput | Promise<InitInput>, options?: InitOptions): Promise<void>;

/**
 * Adds the wide name lists (from `pkg/wide/`, or the folder at `base`) to
 * the names `analyze` finds; lists loaded already are skipped.
 */
export declare function loadWideLists(base?: URL | string): Promise<WideResult>;

/** Installs the entity tagger's model (`pkg/ner.model.bin`); without one the rules decide alone. */
export declare function loadModel(bytes: Uint8Array | ArrayBuffer): void;

/** Loads the wasm core synchronously from bytes or a compiled module. */
export declare function initSync(wasm: BufferSource | WebAssembly.Module): void;

/** Tokens, forms, sentences, entities and statements; offsets are UTF-16 indexes. */
export declare function analyze(text: string, options?: AnalyzeOptions): Analysis;

/** `analyze` with forms and entities as the core's columns: far less memory for long texts. */
export declare function analyzeColumns(text: string, options?: AnalyzeOptions): AnalysisColumns;

export interface Normalized {
  text: string;
  /** `map[i]` is the offset in the original of unit `i`; `map[text.length]` is the original's length. */
  map: Uint32Array;
}

/** `text` normalized with a preset, with the map back to the original. */
export declare function normalize(text: string, preset?: Preset): Normalized;

export interface Tokens {
  starts: Uint32Array;
  ends: Uint32Array;
  kinds: Uint8Array;
  /** Names for `kinds[i]`. */
  tokenKinds: TokenKind[];
}

/** The token columns only. */
export declare function tokenize(text: string): Tokens;

export interface GazetteerOptions {
  /** The name errors cite (default `gazetteer.tsv`). */
  source?: string;
  /** Drop every other name first, built-in ones included. */
  replace?: boolean;
}

/** Adds a TSV list of names; returns how many it had. Throws on a bad line and adds nothing. */
export declare function loadGazetteer(tsv: string, options?: GazetteerOptions): number;

/** Fetches a same-origin TSV list and loads it; another origin is refused. */
export declare function fetchGazetteer(url: string | URL, options?: GazetteerOptions): Promise<number>;

/** Goes back to the built-in gazetteer. */
export declare function resetGazetteer(): void;

/** How many names `analyze` knows. */
export declare function gazetteerSize(): number;

/** The core's version. */
export declare function version(): string;
