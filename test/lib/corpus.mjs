// Scores the engine against the annotated corpus (test/corpus/README.md): inference points, model loads,
// LLM model pinning and facet verdicts, per language. Run directly for a list of every disagreement:
//   node test/lib/corpus.mjs [python|ts]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const engine = require('../../dist/engine.js');
const here = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS = path.join(here, '..', 'corpus');
const SIX = ['model-version', 'inputs', 'outputs', 'prediction-id', 'latency', 'errors'];

export function readExpectations(text) {
  const out = [];
  text.split('\n').forEach((line, i) => {
    const m = /(?:#|\/\/)\s*expect:\s*(.*)$/.exec(line);
    if (!m) return;
    const tokens = m[1].trim().split(/\s+/);
    const e = { line: i, kind: tokens[0] };
    for (const t of tokens.slice(1)) {
      const [k, v] = t.split('=');
      if (k === 'missing') e.missing = v === 'none' ? [] : v.split(',');
      else if (k === 'llm-model') e.llm = v;
      else if (k === 'pinned' || k === 'unpinned') e.pinned = k === 'pinned';
    }
    out.push(e);
  });
  return out;
}

export async function scoreCorpus(lang) {
  const dir = path.join(CORPUS, lang);
  const files = fs.readdirSync(dir).filter(f => !f.endsWith('.md')).sort();
  const config = engine.defaultConfig();
  const s = { files: files.length, tp: 0, fp: 0, fn: 0, loadTp: 0, loadFp: 0, loadFn: 0, pinOk: 0, pinBad: 0, llmOk: 0, llmBad: 0, facetOk: 0, facetBad: 0, problems: [] };
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const exp = readExpectations(text);
    const res = await engine.analyzeText(f, text, config);
    if (res.skipped) s.problems.push(`${f}: skipped: ${res.errors.map(e => e.message).join('; ')}`);
    const infer = new Map(exp.filter(e => e.kind === 'infer').map(e => [e.line, e]));
    const loadsExp = new Map(exp.filter(e => e.kind === 'load').map(e => [e.line, e]));
    const seen = new Set();
    for (const p of res.inferencePoints) {
      const line = p.range.start.line;
      const e = infer.get(line);
      if (!e || seen.has(line)) { s.fp++; s.problems.push(`${f}:${line + 1}: false positive inference ${p.callee}`); continue; }
      seen.add(line); s.tp++;
      for (const facet of SIX) {
        const expectMissing = (e.missing ?? []).includes(facet);
        if (p.facets[facet].covered === !expectMissing) s.facetOk++;
        else { s.facetBad++; s.problems.push(`${f}:${line + 1}: ${facet} expected ${expectMissing ? 'missing' : 'covered'}, engine says ${p.facets[facet].covered ? 'covered' : 'missing'}${p.facets[facet].evidence ? ` (evidence line ${p.facets[facet].evidence.line + 1})` : ''}`); }
      }
    }
    for (const [line, e] of infer) if (!seen.has(line)) { s.fn++; s.problems.push(`${f}:${line + 1}: missed inference`); }
    const loadSeen = new Set();
    for (const l of res.modelLoads) {
      const line = l.range.start.line;
      if (l.kind === 'llm') {
        const e = infer.get(line);
        if (!e || !e.llm || e.llm === 'unknown') continue;
        if ((e.llm === 'pinned') === l.pinned) s.llmOk++; else { s.llmBad++; s.problems.push(`${f}:${line + 1}: LLM model expected ${e.llm}`); }
        continue;
      }
      const e = loadsExp.get(line);
      if (!e || loadSeen.has(line)) { s.loadFp++; s.problems.push(`${f}:${line + 1}: unexpected model load ${l.callee}`); continue; }
      loadSeen.add(line); s.loadTp++;
      // `pinned` in these annotations means "MLO003 stays quiet" (the pin state itself is scored on test/realcorpus)
      const reported = res.findings.some(x => x.code === 'MLO003' && x.range.start.line >= line && x.range.start.line <= l.range.end.line);
      if (e.pinned === !reported) s.pinOk++; else { s.pinBad++; s.problems.push(`${f}:${line + 1}: load expected ${e.pinned ? 'pinned' : 'unpinned'} (${l.pin}: ${l.pinReason})`); }
    }
    for (const [line] of loadsExp) if (!loadSeen.has(line)) { s.loadFn++; s.problems.push(`${f}:${line + 1}: missed model load`); }
  }
  s.precision = s.tp / Math.max(1, s.tp + s.fp);
  s.recall = s.tp / Math.max(1, s.tp + s.fn);
  s.loadPrecision = s.loadTp / Math.max(1, s.loadTp + s.loadFp);
  s.loadRecall = s.loadTp / Math.max(1, s.loadTp + s.loadFn);
  s.pinAccuracy = s.pinOk / Math.max(1, s.pinOk + s.pinBad);
  s.facetAgreement = s.facetOk / Math.max(1, s.facetOk + s.facetBad);
  return s;
}

export function summary(lang, s) {
  const pct = x => (100 * x).toFixed(1) + '%';
  return `${lang}: ${s.files} files; inference points precision ${pct(s.precision)} recall ${pct(s.recall)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}); ` +
    `loads precision ${pct(s.loadPrecision)} recall ${pct(s.loadRecall)}, pinning ${pct(s.pinAccuracy)}; LLM model pinning ${s.llmOk}/${s.llmOk + s.llmBad}; ` +
    `facet verdicts ${pct(s.facetAgreement)} (${s.facetOk}/${s.facetOk + s.facetBad})`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const lang of process.argv[2] ? [process.argv[2]] : ['python', 'ts']) {
    if (!fs.existsSync(path.join(CORPUS, lang))) continue;
    const s = await scoreCorpus(lang);
    console.log(summary(lang, s));
    for (const p of s.problems) console.log('  ' + p);
  }
}
