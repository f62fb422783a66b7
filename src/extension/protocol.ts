/** Messages between the language server and its analysis worker thread (dist/worker.js). Plain data only. */
import type { ExportSnapshot, FileResult } from '../engine';

/** A config as the worker receives it: the raw input of `resolveConfig`, a key to cache it by, and its folder. */
export interface ConfigRef { key: string; raw: unknown; rawFile: string; root: string }

export type ToWorker =
  | { type: 'list'; id: number; roots: string[]; extensions: string[] }
  | { type: 'scan'; id: number; files: ScanFile[]; configs: ConfigRef[] };

/** What the last scan learned of the project's modules, and the open file's path, so imports resolve in live analyses. */
export interface LiveWorkspace { snapshot: ExportSnapshot; file: string }

export interface ScanFile {
  /** Read for the project's index only (an open document: its live analysis reports it). */
  indexOnly?: boolean;
  /** Key the host files the result under (a URI string). */
  key: string;
  /** File to read. */
  fsPath: string;
  /** Path the engine sees: relative to the config root, for waivers. */
  enginePath: string;
  configKey: string;
}

export type FromWorker =
  | { type: 'listed'; id: number; files: string[] }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'file'; id: number; key: string; result: FileResult }
  | { type: 'index'; id: number; configKey: string; snapshot: ExportSnapshot }
  | { type: 'done'; id: number; ms: number }
  | { type: 'error'; id: number; message: string };
