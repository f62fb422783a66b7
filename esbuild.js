// Bundles the CLI and the engine library with esbuild, and copies the tree-sitter WASM files into grammars/.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const watch = process.argv.includes('--watch');
const root = __dirname;

function copyGrammars() {
  const out = path.join(root, 'grammars');
  fs.mkdirSync(out, { recursive: true });
  const files = [
    [require.resolve('web-tree-sitter/web-tree-sitter.wasm'), 'web-tree-sitter.wasm'],
    [path.join(path.dirname(require.resolve('tree-sitter-python/package.json')), 'tree-sitter-python.wasm'), 'tree-sitter-python.wasm'],
  ];
  for (const [from, name] of files) fs.copyFileSync(from, path.join(out, name));
}

const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from esbuild; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // web-tree-sitter's ESM build breaks inside a CJS bundle (createRequire gets undefined): use its CJS build.
  alias: { 'web-tree-sitter': require.resolve('web-tree-sitter') },
};

async function main() {
  copyGrammars();
  const builds = [
    { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
    { entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.js' },
  ];
  if (fs.existsSync(path.join(root, 'src/extension/extension.ts'))) {
    builds.push({ entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
  }
  for (const b of builds) {
    if (watch) await (await esbuild.context({ ...common, ...b })).watch();
    else await esbuild.build({ ...common, ...b });
  }
}

main().catch(e => { console.error(e.message); process.exit(1); });
