// Types for bench/measure.mjs, so the size-budget test can import it under strict TypeScript.

/** One row of the size table. */
export interface SizeRow {
  /** Stable id, used by budgets and `compare`. */
  id: string;
  /** Whose code the row measures. */
  side: 'ours' | 'theirs';
  /** Markdown label in BENCHMARKS.md. */
  label: string;
  /** A short name, for the rows compared with this one. */
  short?: string;
  /** Absolute path of the entry file (their rows). */
  entry?: string;
  /** The module an app would write (our rows), bundled from the temporary app with the packed package installed. */
  source?: string;
  /** Packages left out of the bundle besides React. */
  external?: string[];
  /** esbuild platform. @default 'browser' */
  platform?: 'browser' | 'neutral' | 'node';
  /** A stylesheet, built with esbuild's css loader. */
  css?: boolean;
  /** The row (or rows) of ours a row of theirs is compared with. */
  compare?: string | string[];
  /** Count the chunks of LAZY_MODULES too (issue 19's features used), not the initial chunk alone. */
  loaded?: boolean;
}

/** Byte counts of one bundle. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** A chunk an `import()` loads on demand, beyond the initial chunk. */
export interface LazyChunk extends Sizes {
  /** The module the `import()` names, as installed (`dist/headless/password-checks.js`), or theirs by path. */
  module: string;
  /** Output files it takes (the chunk and any chunk only it imports). */
  files: number;
  byPackage: [string, number][];
  byOwnFile: [string, number][];
}

/**
 * A measured row. A JS row's byte counts are its initial chunk (the entry's output and the chunks
 * it imports statically, each compressed on its own), or with `loaded` every chunk.
 */
export interface Measurement extends Sizes {
  id: string;
  /** How many output files the byte counts cover. */
  files: number;
  /** The chunks loaded on demand, in the order their `import()`s are reached. */
  lazy: LazyChunk[];
  /** The initial chunk and every lazy chunk together. */
  loaded: Sizes;
  /** Minified bytes per package in the counted files before compression, largest first; `(ours)` is the kit. */
  byPackage: [string, number][];
  /** Minified bytes per module of ours (`dist/…` inside the installed package), largest first. */
  byOwnFile: [string, number][];
  /** Every file esbuild read for the bundle (its metafile inputs). */
  inputs: string[];
  warnings: string[];
}

/** A size budget in brotli-11 bytes. */
export interface Budget {
  id: string;
  label: string;
  /** DESIGN.md's budget, or null where it sets none. */
  design: number | null;
  /** The ceiling the size-budget test enforces. */
  brotli: number;
}

export const ROOT: string;
export const REACT_EXTERNAL: string[];
export const OUR_DEPENDENCIES: string[];
export const BUILD_OPTIONS: Record<string, unknown>;
export const SIZE_ROWS: SizeRow[];
export const BUDGETS: Budget[];
export const LAZY_MODULES: string[];
export function rowById(id: string): SizeRow;
export function compressedSizes(bytes: Uint8Array): Sizes;
export function measure(row: SizeRow): Promise<Measurement>;
export function packedApp(): Promise<string>;
export function removePackedApp(): Promise<void>;
export function measureAll(ids?: string[]): Promise<(Measurement & { row: SizeRow })[]>;
