// Precision and recall of inference points (and loads, pinning, facet verdicts) on the annotated corpus.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS, scoreCorpus, summary } from '../lib/corpus.mjs';
import { engine } from '../lib/engine.mjs';

const languages = [['python', '.py'], ['ts', '.ts']].filter(([dir, ext]) => fs.existsSync(path.join(CORPUS, dir)) && engine.supportedExtensions().includes(ext));

for (const [lang] of languages) {
  test(`corpus ${lang}: inference precision >= 0.95, recall >= 0.90`, async (t) => {
    const s = await scoreCorpus(lang);
    t.diagnostic(summary(lang, s));
    assert.ok(s.files >= (lang === 'python' ? 25 : 15), 'corpus is large enough');
    assert.ok(s.precision >= 0.95, `precision ${s.precision}\n${s.problems.join('\n')}`);
    assert.ok(s.recall >= 0.90, `recall ${s.recall}\n${s.problems.join('\n')}`);
    assert.ok(s.loadPrecision >= 0.9 && s.loadRecall >= 0.9, `loads ${s.loadPrecision}/${s.loadRecall}\n${s.problems.join('\n')}`);
    assert.ok(s.pinAccuracy >= 0.9, `pinning ${s.pinAccuracy}`);
    assert.ok(s.facetAgreement >= 0.9, `facet verdicts ${s.facetAgreement}\n${s.problems.join('\n')}`);
  });
}
