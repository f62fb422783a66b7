/**
 * Analysis of a set of files as one project: every file is parsed once, a workspace index of what each
 * module exports is built from those models, then each file is analysed with the index, so objects
 * imported from project modules are known. Used by the CLI and by the editor's workspace scan.
 */
import type { FileModel } from './model';
import type { ResolvedConfig } from './config';
import { analyzeTextSync, decodeBytes, empty, FileResult, PARSE_BUDGET_MS, skipReason } from './analyze';
import { buildModel, ensureLanguage, languageOf } from './languages';
import { LookupLog, recordingLookup, WorkspaceIndex, ExternalLookup } from './workspace';
import { normaliseLineBreaks } from './model';
import type { NotebookMap } from './notebook';

export interface ProjectFile {
  /** The path results and waivers use (relative to the config's folder). */
  path: string;
  /** The absolute path, for resolving imports between files. */
  file: string;
  bytes: Uint8Array;
}

/**
 * A store of earlier results (the CLI's cache): `reuse` gives a file's earlier result when its text and what it
 * learnt from other files are unchanged, `keep` receives each new one with the questions it asked of other files.
 * Files are still parsed (the index needs every model); only their analysis is saved.
 */
export interface ResultStore {
  reuse(file: ProjectFile, external: ExternalLookup): FileResult | undefined;
  keep(file: ProjectFile, result: FileResult, log: LookupLog): void;
}

/** A file read, decoded and lowered for the project index (phase 1), waiting for its analysis (phase 2). */
export interface PreparedFile { f: ProjectFile; text: string; notes: string[]; model: FileModel; notebook?: NotebookMap }

/**
 * Phase 1 for one file: decoding, the size and minified checks, the parse and the lowering; a file that is not
 * analysed (skipped, unreadable, no parser) is its final result already. Never throws.
 */
export async function prepareProjectFile(f: ProjectFile, config: ResolvedConfig): Promise<PreparedFile | FileResult> {
  const decoded = decodeBytes(f.path, f.bytes, config);
  if (!('text' in decoded)) return decoded;
  const language = languageOf(f.path)!;
  try { await ensureLanguage(language); }
  catch (e) { return { ...empty(f.path, language), skipped: true, errors: [{ message: `the ${language} parser could not be loaded: ${(e as Error).message}` }] }; }
  const text = normaliseLineBreaks(decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text);
  const skipped = skipReason(language, text, config);
  if (skipped) return { ...empty(f.path, language), skipped: true, errors: [...decoded.notes, skipped].map(message => ({ message })) };
  let model: FileModel;
  try { model = buildModel(language, text, PARSE_BUDGET_MS, f.path); }
  catch (e) { return { ...empty(f.path, language), errors: [{ message: `internal error while parsing this file: ${(e as Error).message}` }] }; }
  return { f, text, notes: decoded.notes, model, notebook: decoded.notebook };
}

/** Phase 2 for one prepared file: its analysis, asking `external` (the project index) about other files. Never throws. */
export function analysePreparedFile(p: PreparedFile, config: ResolvedConfig, external: ExternalLookup): FileResult {
  const r = analyzeTextSync(p.f.path, p.text, config, { model: p.model, external });
  r.errors.unshift(...p.notes.map(message => ({ message })));
  if (p.notebook) r.notebook = p.notebook;
  return r;
}

/** `index` (optional) receives the project's modules, for the caller to keep (the editor snapshots it). */
export async function analyzeProject(files: ProjectFile[], config: ResolvedConfig, root: string,
  onProgress?: (done: number, total: number) => void, isCancelled?: () => boolean,
  index: WorkspaceIndex = new WorkspaceIndex(config.tables, root), store?: ResultStore): Promise<FileResult[]> {
  const prepared: (PreparedFile | FileResult)[] = [];
  for (const f of files) {
    if (isCancelled?.()) break;
    prepared.push(await prepareProjectFile(f, config));
  }
  return analysePreparedProject(prepared, config, onProgress, isCancelled, index, store);
}

/**
 * Phase 2 of `analyzeProject`, for files prepared elsewhere (the CLI's worker threads do phase 1): every model goes
 * into the index, in file order, then each file is analysed with it (or its earlier result reused from `store`).
 */
export function analysePreparedProject(prepared: (PreparedFile | FileResult)[], config: ResolvedConfig,
  onProgress: ((done: number, total: number) => void) | undefined, isCancelled: (() => boolean) | undefined,
  index: WorkspaceIndex, store?: ResultStore): FileResult[] {
  for (const p of prepared) if ('f' in p) index.add(p.f.file, p.model, p.text);
  const results: FileResult[] = [];
  for (const p of prepared) {
    if (isCancelled?.()) break;
    if (!('f' in p)) { results.push(p); continue; }
    const external = index.lookupFor(p.f.file, p.model.language);
    const earlier = store?.reuse(p.f, external);
    if (earlier) { results.push(earlier); onProgress?.(results.length, prepared.length); continue; }
    const log: LookupLog = [];
    const r = analysePreparedFile(p, config, store ? recordingLookup(external, log) : external);
    store?.keep(p.f, r, log);
    results.push(r);
    onProgress?.(results.length, prepared.length);
  }
  return results;
}
