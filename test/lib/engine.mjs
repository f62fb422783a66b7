// The built engine bundle, as the CLI and the extension use it.
import { createRequire } from 'node:module';
export const engine = createRequire(import.meta.url)('../../dist/engine.js');
export async function analyze(path, text, config = engine.defaultConfig()) {
  return engine.analyzeText(path, text, config);
}
