// The Python front end lowers tree-sitter trees to the language-neutral model with exact positions.
import test from 'node:test';
import assert from 'node:assert/strict';
import { engine } from '../lib/engine.mjs';

await engine.ensureLanguage('python');
const model = src => engine.buildModel('python', src, 1000);

test('imports and aliases resolve to dotted paths', () => {
  const m = model('import numpy as np\nimport os.path\nfrom sklearn.linear_model import LogisticRegression as LR\nfrom . import utils\n');
  assert.deepEqual(m.imports.map(i => [i.local, i.path]), [['np', 'numpy'], ['os', 'os'], ['LR', 'sklearn.linear_model.LogisticRegression'], ['utils', '.utils']]);
});

test('tuple unpacking, attributes and index writes become targets with positions', () => {
  const m = model('a, self.b = f()\nout["pred"] = y\n');
  assert.deepEqual(m.assignments[0].targets.map(t => [t.root, t.path, t.index]), [['a', [], 0], ['self', ['b'], 1]]);
  assert.deepEqual(m.assignments[1].targets.map(t => [t.root, t.path, t.key]), [['out', ['[]'], 'pred']]);
  assert.deepEqual(m.assignments[1].r, { start: { line: 1, col: 0 }, end: { line: 1, col: 15 } });
});

test('functions, methods, decorators, try and with regions', () => {
  const src = [
    'class S:', '    @app.post("/p")', '    async def handle(self, x: int, *args, k=1, **kw):',
    '        with tracer.start_as_current_span("s") as span, torch.no_grad():', '            y = await self.m(x)',
    '        try:', '            pass', '        except (ValueError, KeyError) as e:', '            raise', '',
  ].join('\n');
  const m = model(src);
  const fn = m.scopes.find(s => s.name === 'handle');
  assert.equal(fn.classId, m.scopes.find(s => s.name === 'S').id);
  assert.deepEqual(fn.params.map(p => p.name), ['self', 'x', 'args', 'k', 'kw']);
  assert.equal(fn.decorators.length, 1);
  const w = m.regions.find(r => r.kind === 'with');
  assert.deepEqual(w.items.map(i => i.asName), ['span', undefined]);
  const t = m.regions.find(r => r.kind === 'try');
  assert.equal(t.handlers[0].catchName, 'e');
  assert.equal(t.handlers[0].r.start.line, 7);
  assert.equal(m.raises[0].r.start.line, 8);
  const call = m.calls.find(c => c.callee.k === 'attr' && c.callee.attr === 'm');
  assert.equal(call.awaited, true);
  assert.deepEqual(call.r.start, { line: 4, col: 22 });
});

test('f-strings keep their interpolations; comments are collected', () => {
  const m = model('x = f"v={ver} p={pred!r}"  # mlobs: ignore\n');
  const v = m.assignments[0].value;
  assert.equal(v.k, 'str');
  assert.deepEqual(v.parts.map(p => p.name), ['ver', 'pred']);
  assert.deepEqual(m.comments.map(c => [c.line, c.text]), [[0, '# mlobs: ignore']]);
});

test('positions are in UTF-16 columns after non-ASCII text', () => {
  const m = model('s = "héllo"; y = model.predict(x)\n');
  const call = m.calls.find(c => c.callee.k === 'attr');
  assert.deepEqual(call.r.start, { line: 0, col: 17 });
});

test('an unexpected indent and an unindent that matches no outer level are syntax errors, as Python says (tree-sitter accepts them)', () => {
  const unexpected = model('if __name__ == "__main__":\n    import uvicorn\nimport logging\n\nlogger = logging.getLogger(__name__)\n    uvicorn.run(app)\n');
  assert.deepEqual(unexpected.errorLines, [5]);
  assert.match(unexpected.notes[0], /^syntax errors \(line 6\)/);
  const unindent = model('def f(x):\n        y = x + 1\n    return y\n');
  assert.deepEqual(unindent.errorLines, [2]);
  // consistent indentation, one-line bodies, comments at any column and continuation lines are fine
  const fine = model('def f(x):\n  if x: return 1\n# a comment\n  total = (x +\n        2)\n  return total\n\nclass A:\n\tdef g(self):\n\t\treturn 1\n');
  assert.deepEqual(fine.errorLines, []);
  assert.deepEqual(fine.notes, []);
});
