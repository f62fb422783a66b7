/**
 * The analysis worker thread of the language server's workspace scan (bundled as dist/worker.js). It runs the
 * engine off the server's main thread, which keeps answering the editor: listing the workspace's files (with the
 * CLI's walker, so that editor and CI see the same files: .gitignore honoured, node_modules and virtual
 * environments skipped) and the scan (as one project per config, so objects imported between the project's modules
 * are known).
 * No `vscode` import: worker threads have no VS Code API.
 */
import * as fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { collectFiles } from '../cli/walk';
import type { FileResult, ProjectFile, ResolvedConfig } from '../engine';
import { engine } from './engine';
import { resolveWithFile } from './configs';
import type { ConfigRef, FromWorker, ScanFile, ToWorker } from './protocol';

const port = parentPort!;
const configs = new Map<string, ResolvedConfig>();

function configOf(ref: ConfigRef): ResolvedConfig {
  let c = configs.get(ref.key);
  if (!c) {
    // The host resolved the same raw input without error, so this does not throw.
    c = resolveWithFile(ref.raw, ref.rawFile);
    configs.set(ref.key, c);
  }
  return c;
}

const post = (m: FromWorker) => port.postMessage(m);

async function scan(id: number, files: ScanFile[], refs: ConfigRef[]): Promise<void> {
  const e = engine();
  let done = 0;
  // One project per config: the engine indexes a project's modules before analysing each file.
  for (const ref of refs) {
    const group = files.filter(f => f.configKey === ref.key);
    const readable: ProjectFile[] = [], keys: string[] = [], indexOnly: boolean[] = [];
    for (const f of group) {
      try {
        readable.push({ path: f.enginePath, file: f.fsPath, bytes: fs.readFileSync(f.fsPath) });
        keys.push(f.key);
        indexOnly.push(!!f.indexOnly);
      } catch (err) {
        // Deleted since it was listed, or unreadable: one note, like the CLI.
        const result: FileResult = { path: f.enginePath, language: 'unknown', inferencePoints: [], modelLoads: [], findings: [], errors: [{ message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` }], lineCount: 0, skipped: true };
        if (!f.indexOnly) post({ type: 'file', id, key: f.key, result });
        post({ type: 'progress', id, done: ++done, total: files.length });
      }
    }
    const base = done;
    const index = new e.WorkspaceIndex(configOf(ref).tables, ref.root);
    const results = await e.analyzeProject(readable, configOf(ref), ref.root, d => {
      if (d % 10 === 0 || d === readable.length) post({ type: 'progress', id, done: base + d, total: files.length });
    }, undefined, index);
    done = base + readable.length;
    // open documents were read for the index only: their live analysis reports them
    results.forEach((result, i) => { if (!indexOnly[i]) post({ type: 'file', id, key: keys[i], result }); });
    post({ type: 'index', id, configKey: ref.key, snapshot: index.snapshot() });
  }
}

port.on('message', async (m: ToWorker) => {
  const t0 = performance.now();
  try {
    if (m.type === 'list') {
      post({ type: 'listed', id: m.id, files: collectFiles(m.roots, { extensions: m.extensions, include: [], exclude: [], root: m.roots[0] ?? '/' }).files });
    } else {
      await scan(m.id, m.files, m.configs);
      post({ type: 'done', id: m.id, ms: performance.now() - t0 });
    }
  } catch (err) {
    post({ type: 'error', id: m.id, message: (err as Error).stack ?? String(err) });
  }
});
