// How much of the real corpus would the engine find if it had no pack for the file's libraries?
//
//   node test/realcorpus/ablate.mjs [--split dev] [--batch NAME] [--project] [--list]
//
// For each file, the labelled predictions and loads the engine finds are traced to their package (the first segment of
// the callee: `onnxruntime-node` of `onnxruntime-node.InferenceSession.create(…).run`); the file is analysed again with
// every row and list entry that names those packages left out of the packs, and what is still found is what the generic mechanisms (names,
// shapes, the vendor-SDK heuristic, HTTP hosts) would have found in a library nobody packed. A fresh batch is mostly
// such libraries, so this is the part of recall that carries over to them, measured on files already labelled,
// without spending a held-back batch. File mode, or with --project as `mlobs scan` of the repository (Python's guesses
// about unheard-of packages need the index); labelled files present under .realcorpus only.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { projectResult } from './score.mjs';

const here = import.meta.dirname;
const root = path.join(here, '..', '..');
const FILES = path.join(root, '.realcorpus', 'files');
const option = name => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const split = option('--split') ?? 'dev', only = option('--batch'), project = process.argv.includes('--project');

const engine = createRequire(import.meta.url)(path.join(root, 'dist', 'engine.js'));
const config = engine.defaultConfig();

/** package root → ids of the packs whose rows or lists name it (a package no pack names is not traced) */
const packsOfRoot = new Map();
const firstSegment = s => /^[^.#(]*/.exec(s)[0];
for (const pack of engine.PACKS) {
  for (const value of Object.values(pack.tables)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      const match = typeof item === 'string' ? item : item && typeof item.match === 'string' ? item.match : undefined;
      if (!match) continue;
      const seg = firstSegment(match);
      if (!seg || seg.includes('*')) continue;
      if (!packsOfRoot.has(seg)) packsOfRoot.set(seg, new Set());
      packsOfRoot.get(seg).add(pack.id);
    }
  }
}

// `llm.…`, `model.…`: the engine's type names (what a producer row makes), not packages; a point whose callee starts with
// one cannot be traced to its library's pack here and is left out of the count
const typeRoots = new Set();
for (const pack of engine.PACKS) for (const row of pack.tables.producers ?? []) if (row.type) typeRoots.add(firstSegment(row.type));
for (const t of typeRoots) packsOfRoot.delete(t);
// HTTP clients are not the libraries in question: a request to a model host is known by its host, which forgetting
// `fetch` would forget with it; such points are left out of the count too
for (const t of ['fetch', 'node-fetch', 'undici', 'http', 'https', 'axios', 'got', 'ky', 'requests', 'httpx', 'aiohttp', 'urllib', 'urllib3']) packsOfRoot.delete(t);

const configs = new Map();
function configWithout(roots) {
  const key = roots.join(',');
  if (!configs.has(key)) configs.set(key, { ...config, tables: engine.tablesWithoutPackages(roots) });
  return configs.get(key);
}

const groups = new Map();
const lost = [];
const group = key => {
  if (!groups.has(key)) groups.set(key, { files: 0, points: 0, kept: 0, loads: 0, loadsKept: 0, fpAdded: 0, untraced: 0 });
  return groups.get(key);
};
for (const name of fs.readdirSync(path.join(here, 'batches')).filter(f => f.endsWith('.json')).sort()) {
  const b = JSON.parse(fs.readFileSync(path.join(here, 'batches', name), 'utf8'));
  if (b.split !== split || (only && b.batch !== only)) continue;
  for (const f of b.files) {
    const file = path.join(FILES, f.repo.replace('/', '+'), f.path);
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    if (crypto.createHash('sha256').update(bytes).digest('hex') !== f.sha256) continue;
    const g = group(f.language);
    g.files++;
    const analyse = async (cfg, variant) => (project && await projectResult(engine, cfg, f.repo, f.commit, f.path, variant)) || engine.analyzeBytes(file, bytes, cfg);
    const res = await analyse(config, '');
    const pointLines = new Set(f.inference.map(p => p.line)), loadLines = new Set(f.loads.map(l => l.line));
    const found = res.inferencePoints.filter(p => pointLines.has(p.range.start.line + 1));
    const loads = res.modelLoads.filter(l => l.kind === 'load' && loadLines.has(l.range.start.line + 1));
    const ids = new Set();
    const traced = x => packsOfRoot.has(firstSegment(x.callee));
    for (const x of [...found, ...loads]) if (traced(x)) ids.add(firstSegment(x.callee));
    g.untraced += found.filter(p => !traced(p)).length;
    if (!ids.size) continue;
    const roots = [...ids].sort();
    const without = await analyse(configWithout(roots), ` without ${roots.join(',')}`);
    // by line, as the scorer matches labels (a point or load found another way may start at another column)
    const key = x => x.range.start.line;
    const still = new Set(without.inferencePoints.map(key)), stillLoads = new Set(without.modelLoads.filter(l => l.kind === 'load').map(key));
    g.points += found.filter(traced).length; g.loads += loads.filter(traced).length;
    for (const p of found.filter(traced)) {
      if (still.has(key(p))) g.kept++;
      else lost.push(`${b.batch} ${f.repo}/${f.path}:${p.range.start.line + 1}: point ${p.callee} [${[...ids].join(',')}]`);
    }
    for (const l of loads.filter(traced)) {
      if (stillLoads.has(key(l))) g.loadsKept++;
      else lost.push(`${b.batch} ${f.repo}/${f.path}:${l.range.start.line + 1}: load ${l.callee} [${[...ids].join(',')}]`);
    }
    const labelledOrFound = new Set([...res.inferencePoints.map(key)]);
    g.fpAdded += without.inferencePoints.filter(p => !pointLines.has(p.range.start.line + 1) && !labelledOrFound.has(key(p))).length;
  }
}
const pct = (a, b) => `${(100 * a / Math.max(1, b)).toFixed(1)}%`;
for (const [lang, g] of [...groups].sort()) {
  console.log(`${split} ${lang}: ${g.files} files; points found through a pack ${g.points}, still found without it ${g.kept} (${pct(g.kept, g.points)}); ` +
    `loads ${g.loads} → ${g.loadsKept} (${pct(g.loadsKept, g.loads)}); new false positives without the packs ${g.fpAdded}; points not traced to a package (typed values, project code) ${g.untraced}`);
}
if (process.argv.includes('--list')) for (const l of lost) console.log('  ' + l);
