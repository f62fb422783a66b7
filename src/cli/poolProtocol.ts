/**
 * The messages between `mlobs scan --jobs N` and its worker threads (src/cli/pool.ts, src/cli/worker.ts): the
 * worker prepares a batch of files (phase 1 of the project's analysis) and sends each back, lowered (its model and
 * text, for the project index and the analysis on the main thread) or with its final result (skipped, unparsable).
 */
import type { FileResult } from '../engine/analyze';
import type { FileModel } from '../engine/model';
import type { NotebookMap } from '../engine/notebook';

export type ToWorker =
  | { type: 'init'; configFile?: string }
  | { type: 'prepare'; files: { i: number; path: string; file: string; bytes: Uint8Array }[] };

export type FromWorker =
  | { type: 'prepared'; i: number; model: FileModel; text: string; notes: string[]; notebook?: NotebookMap; result?: undefined }
  | { type: 'prepared'; i: number; result: FileResult }
  | { type: 'batchDone' };
