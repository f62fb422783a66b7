// A slice of the seeded fuzz suite (test/fuzz/fuzz.mjs; `npm run fuzz` runs 3000 mutants): mutated fixtures
// give no exception, no internal-error note, positions and fix edits inside the file, and a bounded time.
import test from 'node:test';
import assert from 'node:assert/strict';
import { fuzz, MUTATIONS } from '../fuzz/fuzz.mjs';

test('120 mutants of the fixtures (every mutation but the near-size-limit one, which npm run fuzz covers)', async () => {
  const problems = [];
  const tally = await fuzz({ count: 120, seed: 7, mutations: Object.keys(MUTATIONS).filter(m => m !== 'nearSizeLimit'), onProblem: p => problems.push(`${p.mutation} on ${p.seedFile}: ${p.problem.split('\n')[0]}`) });
  assert.equal(tally.mutants, 120);
  assert.deepEqual(problems, []);
});

test('the mutations are deterministic for a seed', () => {
  const a = MUTATIONS.randomBytes('def f(x):\n    return x\n', (() => { let i = 0; return () => ((i++ * 0.37) % 1); })());
  const b = MUTATIONS.randomBytes('def f(x):\n    return x\n', (() => { let i = 0; return () => ((i++ * 0.37) % 1); })());
  assert.equal(a, b);
});
