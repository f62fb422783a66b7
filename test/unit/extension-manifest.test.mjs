// The extension manifest (package.json) against the code: settings mirrored one to one by
// src/extension/settings.ts, commands under the "mlobs" category and all registered, activation events,
// capabilities, packaging; and the adapter modules that must run without VS Code do not import it.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { loadExtensionModule } from '../lib/extension-modules.mjs';

const ROOT = path.join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const { SETTING_SPECS } = await loadExtensionModule('settings');
const src = name => fs.readFileSync(path.join(ROOT, 'src', 'extension', name), 'utf8');

test('every mlobs.* setting in package.json is in the settings module, with the same scope and default, and documented', () => {
  const props = pkg.contributes.configuration.properties;
  assert.deepEqual(Object.keys(props).sort(), Object.keys(SETTING_SPECS).map(k => `mlobs.${k}`).sort());
  for (const [key, spec] of Object.entries(SETTING_SPECS)) {
    const p = props[`mlobs.${key}`];
    assert.equal(p.scope, spec.scope, key);
    assert.deepEqual(p.default, spec.default, key);
    assert.ok(p.markdownDescription?.length > 20, `${key} has a markdownDescription`);
  }
});

test('commands: all in the "mlobs" category, each registered by the extension, menus name only known commands', () => {
  const commands = pkg.contributes.commands;
  const registered = [...src('extension.ts').matchAll(/registerCommand\('([^']+)'/g)].map(m => m[1]).sort();
  assert.deepEqual(commands.map(c => c.command).sort(), registered);
  for (const c of commands) assert.equal(c.category, 'mlobs', c.command);
  for (const m of Object.values(pkg.contributes.menus).flat()) assert.ok(registered.includes(m.command), m.command);
});

test('activation: Python and TS/JS documents and the views; views, icon and welcome content exist', () => {
  for (const l of ['python', 'typescript', 'javascript', 'typescriptreact', 'javascriptreact']) assert.ok(pkg.activationEvents.includes(`onLanguage:${l}`), l);
  const views = pkg.contributes.views.mlobs.map(v => v.id);
  assert.deepEqual(views, ['mlobs.coverage', 'mlobs.catalog']);
  for (const v of views) assert.ok(pkg.activationEvents.includes(`onView:${v}`), v);
  for (const v of views) assert.match(src('extension.ts'), new RegExp(`createTreeView\\('${v.replace('.', '\\.')}'`));
  assert.ok(fs.existsSync(path.join(ROOT, pkg.contributes.viewsContainers.activitybar[0].icon)));
  assert.ok(pkg.contributes.viewsWelcome.some(w => w.view === 'mlobs.coverage' && w.contents.includes('command:mlobs.scanWorkspace')));
  assert.equal(pkg.main, './dist/extension.js');
});

test('capabilities: untrusted workspaces supported (read-only), virtual workspaces not', () => {
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  assert.match(pkg.capabilities.untrustedWorkspaces.description, /only reads/);
  assert.equal(pkg.capabilities.virtualWorkspaces.supported, false);
});

test('packaging: @types/vscode pinned to the engines.vscode floor; the .vsix keeps the bundles, grammars and docs', () => {
  assert.equal(pkg.devDependencies['@types/vscode'], pkg.engines.vscode.replace(/^\^/, ''));
  assert.match(pkg.devDependencies['@vscode/vsce'], /^\^3\./, 'vsce 3.x runs on Node 20');
  const keep = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
  for (const f of ['!dist/extension.js', '!dist/worker.js', '!dist/engine.js', '!grammars/*.wasm', '!docs/**']) assert.ok(keep.includes(f), f);
  assert.ok(!('files' in pkg), 'vsce refuses a "files" list next to .vscodeignore');
});

test('adapter modules used by the worker thread and the unit tests do not import vscode', () => {
  for (const f of ['settings.ts', 'coverage.ts', 'fixes.ts', 'present.ts', 'configs.ts', 'engine.ts', 'worker.ts', 'workerClient.ts', 'protocol.ts']) {
    const imports = ts.preProcessFile(src(f), true, true).importedFiles.map(i => i.fileName);
    assert.ok(!imports.includes('vscode'), f);
    // and they reach the engine only through its public entry point, as the bundle does
    assert.deepEqual(imports.filter(i => i.startsWith('../engine/')), [], f);
  }
});
