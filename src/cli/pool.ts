/**
 * `mlobs scan --jobs N`: phase 1 of the project's analysis (read, decode, parse, lower: engine/project.ts
 * `prepareProjectFile`, the same function the in-process path runs) on a pool of worker threads (dist/cliWorker.js);
 * phase 2 (the project index and each file's analysis against it, `analysePreparedProject`) on this thread, exactly
 * as `analyzeProject` does it.
 *
 * Why phase 2 stays here: the project index is lazy — a module's exports, the call sites of its functions, the
 * routes it serves and its recording functions are worked out from the models of *every* module on first ask, and
 * which is asked first can matter (recursion guards in import cycles). Analysing on this thread, in file order,
 * against the one index holding every model, makes the results those of `--jobs 1` by construction: the same code
 * runs on the same data (a structured clone of plain data, the very object graph, shared nodes included). A snapshot
 * of the index for the workers would be an eager copy (measured on the CPython standard library: it costs more time
 * on one thread than the whole of phase 2 here) and its answers would have to be checked against the live index.
 *
 * Phase 1 is a queue of small batches, so a slow file does not hold the rest up, shared by this thread and N - 1
 * workers; each model is kept by index in the list the in-process path builds. A worker that fails (it throws out of a batch, or exits) is not retried: the
 * files it had not sent back are prepared here, so they get the in-process path's results and notes, and nothing
 * waits on a worker that has gone.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../engine/analyze';
import type { ResolvedConfig } from '../engine/config';
import { ensureLanguage, languageOf } from '../engine/languages';
import { PreparedFile, prepareProjectFile, ProjectFile } from '../engine/project';
import type { FromWorker, ToWorker } from './poolProtocol';

export interface PoolStats {
  workers: number;
  /** Files prepared on this thread as its share. */
  here: number;
  /** Files a worker did not finish (it failed), prepared on this thread instead. */
  inProcess: number;
}

/** Files per batch: small enough to keep the workers evenly busy, large enough that messages cost little. */
const BATCH_FILES = 8;
const BATCH_BYTES = 256 * 1024;

interface Member { worker: Worker; alive: boolean; batch: Set<number> }

/** Phase 1 of every file, in the order of `files`, on up to `jobs` worker threads. */
export async function prepareInPool(files: ProjectFile[], config: ResolvedConfig, jobs: number,
  onProgress?: (done: number, total: number) => void, stats?: PoolStats): Promise<(PreparedFile | FileResult)[]> {
  const n = files.length;
  const prepared: (PreparedFile | FileResult | undefined)[] = new Array(n);
  let done = 0;
  const step = () => onProgress?.(++done, n);

  const batches: number[][] = [];
  for (let i = 0, bytes = 0; i < n; i++) {
    const last = batches[batches.length - 1];
    if (!last || last.length >= BATCH_FILES || bytes >= BATCH_BYTES) { batches.push([i]); bytes = 0; } else last.push(i);
    bytes += files[i].bytes.length;
  }

  // phase 2 runs here and needs the parsers ready (as phase 1 left them in-process): loaded while the workers parse
  const languages = [...new Set(files.map(f => languageOf(f.path)).filter(l => l !== undefined))];
  const ready = Promise.all(languages.map(l => ensureLanguage(l).catch(() => { /* the workers' results say so */ })));

  const members: Member[] = [];
  let wake = () => {};
  const send = (m: Member, msg: ToWorker) => { try { m.worker.postMessage(msg); } catch { fail(m); } };
  const giveBatch = (m: Member) => {
    const b = batches.shift();
    if (!b) return;
    for (const i of b) m.batch.add(i);
    send(m, { type: 'prepare', files: b.map(i => ({ i, path: files[i].path, file: files[i].file, bytes: files[i].bytes })) });
  };
  function fail(m: Member): void {
    if (!m.alive) return;
    m.alive = false;
    void m.worker.terminate().catch(() => {});
    wake();
  }

  // N jobs: this thread and N - 1 workers, each worker with a second batch queued so that it never waits for this one
  for (let k = 0; k < Math.max(1, Math.min(jobs - 1, batches.length)); k++) {
    const m: Member = { worker: new Worker(path.join(__dirname, 'cliWorker.js')), alive: true, batch: new Set() };
    members.push(m);
    m.worker.on('message', (msg: FromWorker) => {
      if (!m.alive) return;
      if (msg.type === 'prepared') {
        m.batch.delete(msg.i);
        prepared[msg.i] = msg.result ?? { f: files[msg.i], text: msg.text, notes: msg.notes, model: msg.model, notebook: msg.notebook };
        step();
      } else { giveBatch(m); wake(); }
    });
    m.worker.on('error', () => fail(m));
    m.worker.on('exit', () => fail(m));
    send(m, { type: 'init', configFile: config.file });
    giveBatch(m);
    giveBatch(m);
  }

  try {
    // this thread takes batches from the same queue (its models need no copying), reading the workers' messages
    // between two files
    let here = 0;
    for (let b = batches.shift(); b; b = batches.shift()) {
      for (const i of b) {
        prepared[i] = await prepareProjectFile(files[i], config);
        step();
        here++;
        await new Promise<void>(r => setImmediate(r));
      }
    }
    // until every batch is back, or no worker is left to do the rest
    while (members.some(m => m.alive && (m.batch.size || batches.length))) await new Promise<void>(r => { wake = r; });
    const leftover = [...members.flatMap(m => [...m.batch]), ...batches.flat()].sort((a, b) => a - b);
    if (stats) { stats.workers = members.length; stats.here = here; stats.inProcess = leftover.length; }
    for (const i of leftover) { prepared[i] = await prepareProjectFile(files[i], config); step(); }
  } finally {
    for (const m of members) fail(m);
  }
  await ready;
  return prepared as (PreparedFile | FileResult)[];
}
