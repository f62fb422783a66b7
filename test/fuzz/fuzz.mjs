// Seeded fuzzing of both front ends, the analysis and the fix planner: real fixtures mutated the ways edits and
// odd files break code (lines deleted, swapped or duplicated, truncation, random bytes, unbalanced brackets, deep
// nesting, CR / CRLF / U+2028 line breaks, a BOM, a file near the size limit, the wrong extension). For every
// mutant: no exception, no internal-error note, every position inside the file as the editor counts lines, every
// fix edit inside it too, and a bounded time.
//   node test/fuzz/fuzz.mjs [--count N] [--seed S] [--progress EVERY]     (npm run fuzz: 3000 mutants)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { engine } from '../lib/engine.mjs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Seconds one mutant may take (analysis and fixes) before it counts as a hang. */
export const TIME_LIMIT_MS = 10_000;

/** A small, fast, seedable generator (mulberry32): the same seed gives the same mutants on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedFiles() {
  const out = [];
  const walk = dir => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(py|ts|tsx|js|mjs)$/.test(e.name)) out.push({ name: path.relative(ROOT, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  for (const d of ['test/corpus', 'test/fixtures']) walk(path.join(ROOT, d));
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

const pick = (rnd, xs) => xs[Math.floor(rnd() * xs.length)];
const int = (rnd, n) => Math.floor(rnd() * n);

/** The mutations, by name: each takes a text and the generator and returns the mutant (and maybe another file name). */
export const MUTATIONS = {
  deleteLines(t, rnd) { const ls = t.split('\n'); const i = int(rnd, ls.length); ls.splice(i, 1 + int(rnd, 4)); return ls.join('\n'); },
  swapLines(t, rnd) { const ls = t.split('\n'); const i = int(rnd, ls.length), j = int(rnd, ls.length); [ls[i], ls[j]] = [ls[j], ls[i]]; return ls.join('\n'); },
  duplicateLines(t, rnd) { const ls = t.split('\n'); const i = int(rnd, ls.length); ls.splice(i, 0, ...ls.slice(i, i + 1 + int(rnd, 5))); return ls.join('\n'); },
  truncate(t, rnd) { return t.slice(0, int(rnd, t.length)); },
  randomBytes(t, rnd) {
    const chars = '\u0000\u0001\t\\"\'`{}[]()<>;:#@$%^&*=+|\u00e9\u4e2d\ud83d\ude00\ud800\uffff\u2028\u2029\r';
    let s = t; for (let k = 1 + int(rnd, 8); k > 0; k--) { const i = int(rnd, s.length + 1); s = s.slice(0, i) + pick(rnd, [...chars]) + s.slice(i); } return s;
  },
  unbalance(t, rnd) { const i = int(rnd, t.length + 1); return t.slice(0, i) + pick(rnd, ['(', ')', '[', ']', '{', '}', '"""', '`', '${', "'", 'def (', 'import { x } from', 'from . import', '@', 'async def', '=>']) + t.slice(i); },
  deepNesting(t, rnd) {
    const n = 50 + int(rnd, 1500); const open = pick(rnd, ['(', '[', '{', 'f(', 'not ', '-', 'lambda: ']);
    const body = Array.from({ length: n }, () => open).join('') + 'x';
    const lines = []; for (let i = 0; i < body.length; i += 100) lines.push(body.slice(i, i + 100));
    return t + '\ny = ' + lines.join('\n') + '\n';
  },
  deepIndent(t, rnd) {
    const n = 20 + int(rnd, 300); const lines = [];
    for (let i = 0; i < n; i++) lines.push(' '.repeat(4 * (i % (10 + int(rnd, 200)))) + pick(rnd, ['if x:', 'for a in b:', 'try:', 'with m:', 'while y:', 'def f():', 'class C:', 'else:', 'except E:']));
    return t + '\n' + lines.join('\n') + '\n';
  },
  lineBreaks(t, rnd) { const eol = pick(rnd, ['\r', '\r\n', '\u2028', '\u2029', '\r\r\n']); return t.replace(/\n/g, () => (rnd() < 0.5 ? eol : '\n')); },
  bom(t) { return '\ufeff' + t; },
  wrongExtension(t, rnd, name) { return { text: t, name: name.endsWith('.py') ? name.replace(/\.py$/, '.ts') : name.replace(/\.(tsx?|m?js)$/, '.py') }; },
  nearSizeLimit(t, rnd) {
    const limit = engine.defaultConfig().maxFileBytes; const target = limit - 1 - int(rnd, 4096);
    let s = t; while (s.length * 2 < target) s += s; return s.slice(0, Math.max(0, target - 10));
  },
};

/** The editor's lines: VS Code ends a line at CRLF, LF and a lone CR. */
const editorLines = text => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);

function inside(lines, pos) {
  return pos.line >= 0 && pos.line < lines.length && pos.col >= 0 && pos.col <= lines[pos.line].length;
}

/** Runs one mutant; returns the problems found (empty when all is well) and the time taken. */
export async function check(name, text, config) {
  const problems = [];
  const t0 = performance.now();
  let res;
  try { res = await engine.analyzeText(name, text, config); }
  catch (e) { return { problems: [`exception in analysis: ${e.stack ?? e}`], ms: performance.now() - t0 }; }
  for (const e of res.errors) if (/internal error/i.test(e.message)) problems.push(`internal-error note: ${e.message}`);
  const lines = editorLines(text);
  const ranges = [...res.findings.map(f => [f.code, f.range]), ...res.inferencePoints.map(p => ['point', p.range]), ...res.modelLoads.map(l => ['load', l.range])];
  for (const [what, r] of ranges) if (!inside(lines, r.start) || !inside(lines, r.end)) problems.push(`${what} out of the file: ${JSON.stringify(r)} (${lines.length} lines)`);
  try {
    for (const fix of engine.computeFixes(name, text, res, config)) {
      for (const e of fix.edits) if (!inside(lines, e.range.start) || !inside(lines, e.range.end)) problems.push(`fix "${fix.title}" edits outside the file: ${JSON.stringify(e.range)}`);
    }
  } catch (e) { problems.push(`exception in fixes: ${e.stack ?? e}`); }
  const ms = performance.now() - t0;
  if (ms > TIME_LIMIT_MS) problems.push(`took ${Math.round(ms)} ms (limit ${TIME_LIMIT_MS})`);
  return { problems, ms };
}

/** `count` mutants from the seed files, deterministic for a seed. */
export async function fuzz({ count, seed = 1, onProblem = () => {}, onProgress = () => {}, mutations = Object.keys(MUTATIONS) }) {
  const rnd = random(seed);
  const files = seedFiles();
  const config = engine.defaultConfig();
  await engine.ensureLanguage('python'); await engine.ensureLanguage('typescript');
  const names = mutations;
  const tally = { mutants: 0, exceptions: 0, internalErrors: 0, outOfRange: 0, hangs: 0, maxMs: 0, byMutation: {} };
  for (let i = 0; i < count; i++) {
    const seedFile = pick(rnd, files);
    const mutation = names[i % names.length];
    let text = seedFile.text, name = seedFile.name;
    // one to three mutations stacked, the named one first
    for (const m of [mutation, ...Array.from({ length: int(rnd, 3) }, () => pick(rnd, names.filter(n => n !== 'nearSizeLimit')))]) {
      const out = MUTATIONS[m](text, rnd, name);
      if (typeof out === 'string') text = out; else ({ text, name } = out);
    }
    const { problems, ms } = await check(name, text, config);
    tally.mutants++;
    tally.maxMs = Math.max(tally.maxMs, ms);
    tally.byMutation[mutation] = (tally.byMutation[mutation] ?? 0) + 1;
    for (const p of problems) {
      if (p.startsWith('exception')) tally.exceptions++;
      else if (p.startsWith('internal-error')) tally.internalErrors++;
      else if (p.startsWith('took')) tally.hangs++;
      else tally.outOfRange++;
      onProblem({ index: i, seedFile: seedFile.name, mutation, name, problem: p, text });
    }
    onProgress(tally);
  }
  tally.maxMs = Math.round(tally.maxMs);
  return tally;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (n, d) => { const i = process.argv.indexOf(n); return i > 0 ? Number(process.argv[i + 1]) : d; };
  const count = arg('--count', 3000), seed = arg('--seed', 1), every = arg('--progress', 500);
  const shown = new Set();
  const t0 = performance.now();
  const tally = await fuzz({ count, seed, onProblem: p => {
    const key = `${p.mutation}:${p.problem.slice(0, 80)}`;
    if (shown.has(key)) return; shown.add(key);
    console.log(`#${p.index} ${p.mutation} on ${p.seedFile} (${p.name}): ${p.problem.split('\n')[0]}`);
  }, onProgress: t => {
    // a long run shows where it is, so an interrupted run still says how far it got clean
    if (every > 0 && t.mutants % every === 0 && t.mutants < count) {
      console.error(`  ${t.mutants}/${count} mutants, ${Math.round((performance.now() - t0) / 1000)} s: ${t.exceptions} exceptions, ${t.hangs} hangs, ` +
        `${t.internalErrors} internal-error notes, ${t.outOfRange} out-of-range; slowest ${Math.round(t.maxMs)} ms`);
    }
  } });
  console.log(`fuzz: ${tally.mutants} mutants (seed ${seed}) in ${Math.round((performance.now() - t0) / 1000)} s: ${tally.exceptions} exceptions, ` +
    `${tally.hangs} hangs, ${tally.internalErrors} internal-error notes, ${tally.outOfRange} out-of-range positions; slowest mutant ${tally.maxMs} ms`);
  process.exitCode = tally.exceptions + tally.hangs + tally.internalErrors + tally.outOfRange ? 1 : 0;
}
