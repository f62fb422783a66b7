// Compares what the engine finds in an annotated fixture with its `expect:` comments (test/corpus/README.md):
// `# expect: infer [missing=a,b] [covered=c]` on the line where an inference call begins (`missing` over the six
// facets of the corpus, `covered` for any facet, e.g. input-validation), `# expect: load [pin=<state>]` on a model
// load's line. Lines without an annotation must hold neither.
import fs from 'node:fs';
import { engine } from './engine.mjs';

const SIX = ['model-version', 'inputs', 'outputs', 'prediction-id', 'latency', 'errors'];

export function annotations(text) {
  const out = [];
  text.split('\n').forEach((line, i) => {
    const m = /(?:#|\/\/)\s*expect:\s*(infer|load)\b(.*)$/.exec(line);
    if (!m) return;
    const e = { line: i + 1, kind: m[1] };
    for (const t of m[2].trim().split(/\s+/).filter(Boolean)) {
      const [k, v] = t.split('=');
      if (k === 'missing') e.missing = v === 'none' ? [] : v.split(',');
      if (k === 'covered') e.covered = v.split(',');
      if (k === 'pin') e.pin = v;
    }
    out.push(e);
  });
  return out;
}

/** The differences between a fixture's annotations and the engine's result, as readable lines (empty when they agree). */
export async function fixtureDifferences(file) {
  const text = fs.readFileSync(file, 'utf8');
  const res = await engine.analyzeText(file, text, engine.defaultConfig());
  const expected = annotations(text);
  const problems = res.errors.filter(e => !/^file is not valid UTF-8/.test(e.message)).map(e => `note: ${e.message}`);
  const points = new Map(res.inferencePoints.map(p => [p.range.start.line + 1, p]));
  const loads = new Map(res.modelLoads.filter(l => l.kind === 'load').map(l => [l.range.start.line + 1, l]));
  for (const e of expected) {
    if (e.kind === 'infer') {
      const p = points.get(e.line);
      if (!p) { problems.push(`${e.line}: inference point not found`); continue; }
      points.delete(e.line);
      if (e.missing) {
        const missing = SIX.filter(f => !p.facets[f].covered);
        if (missing.join(',') !== SIX.filter(f => e.missing.includes(f)).join(',')) problems.push(`${e.line}: missing ${missing.join(',') || 'none'}, expected ${e.missing.join(',') || 'none'}`);
      }
      for (const f of e.covered ?? []) if (!p.facets[f]?.covered) problems.push(`${e.line}: ${f} expected covered`);
    } else {
      const l = loads.get(e.line);
      if (!l) { problems.push(`${e.line}: model load not found`); continue; }
      loads.delete(e.line);
      if (e.pin && l.pin !== e.pin) problems.push(`${e.line}: pin ${l.pin} (${l.pinReason}), expected ${e.pin}`);
    }
  }
  for (const [line, p] of points) problems.push(`${line}: unexpected inference point ${p.callee}`);
  for (const [line, l] of loads) problems.push(`${line}: unexpected model load ${l.callee}`);
  return problems;
}
