// Scores the engine against the hand-labelled corpus of real public code (LABELLING.md): inference points
// and model loads (precision, recall), pin-state agreement, per split and language. The files themselves
// live in the git-ignored .realcorpus/files/; missing or changed files are counted and skipped.
//   node test/realcorpus/score.mjs [--split dev|heldout] [--batch NAME] [--engine DIR] [--list] [--json FILE]
// --engine points at another build's dist/ (for example a copy of the engine before a change: the blind run).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const FILES = path.join(root, '.realcorpus', 'files');

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** The pin state a result reports; engines before `pin` existed only said pinned true/false. */
function pinOf(load) {
  if (load.pin) return load.pin;
  return load.pinned ? 'immutable' : 'mutable';
}

export async function scoreBatches({ split, batch, engineDir } = {}) {
  const require = createRequire(import.meta.url);
  const engine = require(path.resolve(engineDir ?? path.join(root, 'dist'), 'engine.js'));
  const config = engine.defaultConfig();
  const groups = new Map();
  const problems = [];
  const group = key => {
    if (!groups.has(key)) groups.set(key, { files: 0, missingFiles: 0, tp: 0, fp: 0, fn: 0, loadTp: 0, loadFp: 0, loadFn: 0, pinOk: 0, pinBad: 0, negatives: 0, negativesClean: 0 });
    return groups.get(key);
  };
  const dir = path.join(here, 'batches');
  for (const name of fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
    const b = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    if (split && b.split !== split) continue;
    if (batch && b.batch !== batch) continue;
    for (const f of b.files) {
      const g = group(`${b.split} ${f.language}`);
      const file = path.join(FILES, f.repo.replace('/', '+'), f.path);
      if (!fs.existsSync(file)) { g.missingFiles++; continue; }
      const bytes = fs.readFileSync(file);
      if (crypto.createHash('sha256').update(bytes).digest('hex') !== f.sha256) { g.missingFiles++; problems.push(`${f.repo}/${f.path}: sha256 differs from the manifest; skipped`); continue; }
      g.files++;
      const res = await engine.analyzeBytes(file, bytes, config);
      if (res.errors.some(e => /parser could not be loaded/.test(e.message))) throw new Error(`${file}: ${res.errors[0].message}`);
      const where = `${b.batch} ${f.repo}/${f.path}`;
      const labelled = new Map(f.inference.map(p => [p.line, p]));
      const seen = new Set();
      let fpHere = 0;
      for (const p of res.inferencePoints) {
        const line = p.range.start.line + 1;
        if (labelled.has(line) && !seen.has(line)) { seen.add(line); g.tp++; continue; }
        g.fp++; fpHere++;
        problems.push(`${where}:${line}: false positive inference ${p.callee}`);
      }
      for (const [line, p] of labelled) if (!seen.has(line)) { g.fn++; problems.push(`${where}:${line}: missed inference ${p.code ?? ''}`); }
      if (f.kind === 'negative') { g.negatives++; if (!fpHere) g.negativesClean++; }
      const loads = new Map(f.loads.map(l => [l.line, l]));
      const loadSeen = new Set();
      for (const l of res.modelLoads.filter(l => l.kind === 'load')) {
        const line = l.range.start.line + 1;
        const e = loads.get(line);
        if (!e || loadSeen.has(line)) { g.loadFp++; problems.push(`${where}:${line}: unexpected model load ${l.callee}`); continue; }
        loadSeen.add(line); g.loadTp++;
        if (pinOf(l) === e.pin) g.pinOk++;
        else { g.pinBad++; problems.push(`${where}:${line}: pin expected ${e.pin}, engine says ${pinOf(l)} (${l.pinReason})`); }
      }
      for (const [line, l] of loads) if (!loadSeen.has(line)) { g.loadFn++; problems.push(`${where}:${line}: missed model load ${l.code ?? ''}`); }
    }
  }
  for (const g of groups.values()) {
    g.precision = g.tp / Math.max(1, g.tp + g.fp);
    g.recall = g.tp / Math.max(1, g.tp + g.fn);
    g.loadPrecision = g.loadTp / Math.max(1, g.loadTp + g.loadFp);
    g.loadRecall = g.loadTp / Math.max(1, g.loadTp + g.loadFn);
    g.pinAgreement = g.pinOk / Math.max(1, g.pinOk + g.pinBad);
  }
  return { groups: Object.fromEntries([...groups].sort()), problems };
}

export function formatGroup(key, g) {
  const pct = x => (100 * x).toFixed(1) + '%';
  return `${key}: ${g.files} files${g.missingFiles ? ` (${g.missingFiles} not present)` : ''}; inference P ${pct(g.precision)} R ${pct(g.recall)} ` +
    `(tp ${g.tp} fp ${g.fp} fn ${g.fn}); loads P ${pct(g.loadPrecision)} R ${pct(g.loadRecall)} (tp ${g.loadTp} fp ${g.loadFp} fn ${g.loadFn}); ` +
    `pin ${pct(g.pinAgreement)} (${g.pinOk}/${g.pinOk + g.pinBad}); negatives clean ${g.negativesClean}/${g.negatives}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await scoreBatches({ split: option('--split'), batch: option('--batch'), engineDir: option('--engine') });
  for (const [key, g] of Object.entries(result.groups)) console.log(formatGroup(key, g));
  if (process.argv.includes('--list')) for (const p of result.problems) console.log('  ' + p);
  const out = option('--json');
  if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
}
