/**
 * A worker thread of `mlobs scan --jobs N` (bundled as dist/cliWorker.js; see pool.ts): phase 1 of the project's
 * analysis — `prepareProjectFile`, the very function the in-process path runs — for the batches it is given.
 */
import { parentPort } from 'node:worker_threads';
import { defaultConfig, loadConfigFile, ResolvedConfig } from '../engine/config';
import { prepareProjectFile } from '../engine/project';
import type { FromWorker, ToWorker } from './poolProtocol';

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);
let config: ResolvedConfig | undefined;
let seen = 0;

async function handle(m: ToWorker): Promise<void> {
  if (m.type === 'init') {
    // the main thread loaded the same file without error
    config = m.configFile ? loadConfigFile(m.configFile) : defaultConfig();
    return;
  }
  for (const f of m.files) {
    // for the tests only: a worker that dies at the n-th file it is given, in the middle of a batch
    if (++seen === Number(process.env.MLOBS_TEST_WORKER_CRASH)) throw new Error(`test crash at ${f.path}`);
    const p = await prepareProjectFile({ path: f.path, file: f.file, bytes: f.bytes }, config!);
    // the model as it is (a structured clone keeps the object graph); the main thread has the file's paths and bytes
    if ('f' in p) post({ type: 'prepared', i: f.i, model: p.model, text: p.text, notes: p.notes, notebook: p.notebook });
    else post({ type: 'prepared', i: f.i, result: p });
  }
  post({ type: 'batchDone' });
}

// one message at a time, in order (a parser may load on first use)
let queue = Promise.resolve();
port.on('message', (m: ToWorker) => {
  // not expected (phase 1 never throws): thrown out of the thread, whose unfinished files the main thread then prepares
  queue = queue.then(() => handle(m)).catch(e => { setImmediate(() => { throw e; }); });
});
