// Loads a module of src/extension on plain Node, the way esbuild bundles it for the extension: `../engine`
// resolves to the built dist/engine.js, and `vscode` is refused (the modules tested here must not need it).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import esbuild from 'esbuild';

const ROOT = path.join(import.meta.dirname, '..', '..');
const ENGINE = path.join(ROOT, 'dist', 'engine.js');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-ext-'));
process.on('exit', () => fs.rmSync(out, { recursive: true, force: true }));

export async function loadExtensionModule(name) {
  const outfile = path.join(out, `${name}.cjs`);
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'extension', `${name}.ts`)], outfile, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', logLevel: 'silent', mainFields: ['module', 'main'],
    plugins: [{
      name: 'adapter-deps',
      setup(build) {
        build.onResolve({ filter: /^\.\.\/engine$/ }, () => ({ path: ENGINE, external: true }));
        build.onResolve({ filter: /^vscode$/ }, args => ({ errors: [{ text: `${args.importer} imports vscode` }] }));
      },
    }],
  });
  return createRequire(import.meta.url)(outfile);
}
