// A test module's requests to the service's routes are test traffic, not predictions (src/engine/analyze.ts isTestFile);
// the same request in the service's own code is one. A model called in a test stays what it is.
import test from 'node:test';
import assert from 'node:assert/strict';
import { engine } from '../lib/engine.mjs';

const request = [
  'import pytest',
  'import requests',
  '',
  '',
  'def test_predict():',
  '    r = requests.post("http://localhost:8000/predict", json={"x": [1, 2]})',
  '    assert r.status_code == 200',
  '',
].join('\n');

const points = async (path, text) => (await engine.analyzeText(path, text, engine.defaultConfig())).inferencePoints.map(p => [p.range.start.line + 1, p.callee]);

test('a test module\'s POST to /predict is not an inference point; the same call in a client module is', async () => {
  for (const path of ['tests/test_api.py', 'svc/test_api.py', 'svc/api_test.py']) assert.deepEqual(await points(path, request), [], path);
  assert.deepEqual(await points('svc/api_client.py', request), [[6, 'requests.post']]);
  // a script named like a test that uses no test framework calls the deployed model: a client
  assert.deepEqual(await points('svc/test_server.py', request.replace('import pytest\n', '')), [[5, 'requests.post']]);
});

test('JS test files too (`*.test.ts`, `*.spec.js`, `__tests__/`), and not a file merely named like one', async () => {
  const js = 'describe("api", () => {\n  it("predicts", () => fetch("http://localhost:3000/predict", { method: "POST", body: JSON.stringify({ x: 1 }) }));\n});\n';
  for (const path of ['src/api.test.ts', 'src/api.spec.js', 'src/__tests__/api.js']) assert.deepEqual(await points(path, js), [], path);
  assert.deepEqual(await points('src/latest.js', js), [[2, 'fetch']]);
});

test('a library\'s class called, whose name ends in a model word (`nnUNetPredictor(…)`), is not a model called', async () => {
  const text = [
    'import torch',
    'from nnunetv2.inference.predict_from_raw_data import nnUNetPredictor',
    '',
    'def segment(folder, image):',
    '    predictor = nnUNetPredictor(tile_step_size=0.5, device=torch.device("cuda"))',
    '    predictor.initialize_from_trained_model_folder(folder, use_folds=(0,))',
    '    return predictor.predict_single_npy_array(image, {"spacing": [1, 1, 1]})',
    '',
  ].join('\n');
  // (the prediction is the nnunet pack's `predict_single_npy_array`, not the class call the name-based rule might take for one)
  assert.deepEqual(await points('seg.py', text), [[7, 'model.nnunet.predict_single_npy_array']]);
  // the same name given by a project helper is a guess the rule makes
  assert.deepEqual(await points('seg2.py', 'import torch\nfrom app.models import get_predictor\n\ndef segment(image):\n    predictor = get_predictor()\n    return predictor(image)\n'), [[6, 'predictor']]);
});
