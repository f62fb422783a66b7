/** Host side of the analysis worker thread: request/response by id, and a streamed scan. No `vscode` import. */
import { Worker } from 'node:worker_threads';
import type { ExportSnapshot, FileResult } from '../engine';
import type { ConfigRef, FromWorker, ScanFile, ToWorker } from './protocol';

type Pending = { onMessage(m: FromWorker): void; fail(e: Error): void; worker?: Worker };

export class WorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly script: string) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script);
    w.on('message', (m: FromWorker) => this.pending.get(m.id)?.onMessage(m));
    // Fails the requests sent to this worker only: a terminated worker's exit event can come after a new
    // worker has been started for the next request.
    const failAll = (e: Error) => {
      if (this.worker === w) this.worker = undefined;
      for (const [id, p] of [...this.pending]) if (p.worker === w) { this.pending.delete(id); p.fail(e); }
    };
    w.on('error', failAll);
    w.on('exit', code => failAll(new Error(`analysis worker stopped (exit code ${code})`)));
    this.worker = w;
    return w;
  }

  /** An idle worker must not keep the process alive on shutdown; one with work to do must. */
  private send(m: ToWorker, p: Pending): void {
    const w = this.start();
    const done = () => { this.pending.delete(m.id); if (!this.pending.size) this.worker?.unref(); };
    this.pending.set(m.id, { worker: w, onMessage: msg => { if (msg.type !== 'file' && msg.type !== 'progress' && msg.type !== 'index') done(); p.onMessage(msg); }, fail: e => { done(); p.fail(e); } });
    w.ref();
    w.postMessage(m);
  }

  list(roots: string[], extensions: string[]): Promise<string[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => this.send({ type: 'list', id, roots, extensions }, {
      onMessage: m => (m.type === 'listed' ? resolve(m.files) : reject(new Error(m.type === 'error' ? m.message : `unexpected ${m.type}`))),
      fail: reject,
    }));
  }

  scan(files: ScanFile[], configs: ConfigRef[], onFile: (key: string, result: FileResult) => void, onProgress: (done: number, total: number) => void,
    onIndex?: (configKey: string, snapshot: ExportSnapshot) => void): Promise<number> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => this.send({ type: 'scan', id, files, configs }, {
      onMessage: m => {
        if (m.type === 'file') { onFile(m.key, m.result); return; }
        if (m.type === 'index') { onIndex?.(m.configKey, m.snapshot); return; }
        if (m.type === 'progress') { onProgress(m.done, m.total); return; }
        if (m.type === 'done') resolve(m.ms);
        else reject(new Error(m.type === 'error' ? m.message : `unexpected ${m.type}`));
      },
      fail: reject,
    }));
  }

  /** Stops the thread at once (a cancelled scan); a later request starts a new one. */
  async terminate(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }
}
