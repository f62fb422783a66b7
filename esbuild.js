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

// src/extension imports the engine as `../engine`: resolve that to the sibling bundle at run time. Any deeper
// engine import from there would bundle a second copy of the engine, so it is an error (types are erased and fine).
const sharedEngine = {
  name: 'shared-engine',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/engine(\/.*)?$/ }, args => {
      if (!args.importer.includes(path.join('src', 'extension')) && !args.importer.includes(path.join('src', 'server'))) return undefined;
      if (args.path === '../engine') return { path: './engine.js', external: true };
      return { errors: [{ text: `import the engine through '../engine' only (not ${args.path}): it is loaded from dist/engine.js` }] };
    });
  },
};

// The CLI loads the language server bundle (dist/server.js) only for `mlobs server`: a scan never pays for it.
const lazyServer = {
  name: 'lazy-server',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/server\/main$/ }, args =>
      args.importer.endsWith(path.join('cli', 'main.ts')) ? { path: './server.js', external: true } : undefined);
  },
};

// The extension loads vscode-languageclient (dist/client.js) just after activation: activate() never pays for it.
const lazyClient = {
  name: 'lazy-client',
  setup(build) {
    build.onResolve({ filter: /^\.\/languageClient$/ }, args =>
      args.importer.endsWith(path.join('extension', 'extension.ts')) ? { path: './client.js', external: true } : undefined);
  },
};

// typescript-estree and the TypeScript compiler live in their own bundle, dist/typescript.js, which the TS
// front end requires on first use: loading the engine (and a Python-only workspace) never pays for them.
const lazyCompiler = {
  name: 'lazy-compiler',
  setup(build) {
    build.onResolve({ filter: /^\.\/compiler$/ }, args =>
      args.importer.endsWith(path.join('engine', 'typescript', 'parse.ts')) ? { path: './typescript.js', external: true } : undefined);
  },
};

async function main() {
  copyGrammars();
  const builds = [
    { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [lazyCompiler, lazyServer] },
    // the worker threads of `mlobs scan --jobs N` (src/cli/pool.ts); the CLI only, not in the .vsix
    { entryPoints: ['src/cli/worker.ts'], outfile: 'dist/cliWorker.js', plugins: [lazyCompiler] },
    // the language server and the analysis worker thread it scans with share dist/engine.js
    { entryPoints: ['src/server/main.ts'], outfile: 'dist/server.js', plugins: [sharedEngine] },
    { entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js', plugins: [sharedEngine, lazyCompiler] },
    { entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.js', plugins: [lazyCompiler] },
    { entryPoints: ['src/engine/typescript/compiler.ts'], outfile: 'dist/typescript.js' },
    // web-tree-sitter on its own: the Python front end requires a fresh copy after a WASM fault (python/parse.ts)
    { entryPoints: ['src/engine/python/binding.ts'], outfile: 'dist/tree-sitter.js' },
  ];
  if (fs.existsSync(path.join(root, 'src/extension/extension.ts'))) {
    // The VS Code extension (the views read the catalog) shares dist/engine.js with the server; its language client is apart.
    builds.push({ entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [sharedEngine, lazyClient] });
    builds.push({ entryPoints: ['src/extension/languageClient.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [sharedEngine] });
  }
  // --production (npm run package): minified, no source maps, for a small .vsix.
  const production = process.argv.includes('--production') ? { minify: true, sourcemap: false } : {};
  for (const b of builds) {
    if (watch) await (await esbuild.context({ ...common, ...b, ...production })).watch();
    else await esbuild.build({ ...common, ...b, ...production });
  }
}

main().catch(e => { console.error(e.message); process.exit(1); });
