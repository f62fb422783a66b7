#!/usr/bin/env node
// npm run test:e2e — the extension's integration tests in a real VS Code, through @vscode/test-electron's `runTests`,
// the runner VS Code extensions use. The .vsix is built and installed with VS Code's own installer (vscode-host.mjs),
// a copy of test/e2e/workspace is opened with the installed extension as the development extension and
// test/e2e/suite as the tests, and mocha runs inside the real extension host.
//   default: `vscodeExecutablePath` is code-server.mjs, VS Code's server and browser workbench in headless Chromium
//            (no download, no display: what these machines have);
//   MLOBS_E2E_VSCODE=desktop: runTests downloads a desktop VS Code (MLOBS_E2E_VSCODE_VERSION, default stable) and runs
//            the same suite in it (needs the network, and a display or xvfb-run on Linux).
// Exits with the tests' result; every data folder is temporary.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { ensureHost, installVsix, log, HERE, INSTALL, ROOT } from './vscode-host.mjs';

async function main() {
  const desktop = process.env.MLOBS_E2E_VSCODE === 'desktop';
  ensureHost();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-e2e-'));
  try {
    const extension = installVsix(path.join(work, 'extensions'), work);
    const workspace = path.join(work, 'workspace');
    fs.cpSync(path.join(HERE, 'workspace'), workspace, { recursive: true });
    const resultsFile = path.join(work, 'results.json');
    // the suite, running in the extension host, reads where things are from here
    fs.writeFileSync(path.join(INSTALL, 'e2e-run.json'), JSON.stringify({ root: ROOT, modules: path.join(INSTALL, 'node_modules'), workspace, results: resultsFile, extension }));
    const { runTests } = createRequire(import.meta.url)('@vscode/test-electron');
    let failed;
    try {
      await runTests({
        ...(desktop ? { version: process.env.MLOBS_E2E_VSCODE_VERSION || 'stable' } : { vscodeExecutablePath: path.join(HERE, 'code-server.mjs') }),
        extensionDevelopmentPath: extension,
        extensionTestsPath: path.join(HERE, 'suite'),
        launchArgs: [workspace, `--user-data-dir=${path.join(work, 'user')}`, `--extensions-dir=${path.join(work, 'test-extensions')}`, ...(desktop ? ['--disable-extensions'] : [])],
      });
    } catch (e) { failed = e; }
    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
    if (results?.timings) log('timings in the real extension host:', JSON.stringify(results.timings));
    if (failed) log(String(failed.message ?? failed));
    // the closing line test runners are read by: counts from mocha's own statistics
    if (results) console.log(`e2e: ${results.passed} passed, ${results.failed} failed`);
    return !failed && results && results.failed === 0 && results.passed > 0 ? 0 : 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(code => process.exit(code), e => { console.error(`[e2e] ${e.stack ?? e}`); process.exit(1); });
