#!/usr/bin/env node
// npm run test:e2e — the extension's integration tests in a real VS Code (see vscode-host.mjs for how it is
// installed and started): the .vsix is built and installed with VS Code's own installer, a copy of
// test/e2e/workspace is opened in the browser workbench with the installed extension as the development
// extension and test/e2e/suite as the tests, and mocha runs inside the real extension host. Exits with the
// tests' result; the server's process group is ended and every data folder is temporary.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { ensureHost, installVsix, startServer, stopServer, launchBrowser, vscodeVersion, log, HERE, INSTALL, ROOT } from './vscode-host.mjs';

const TIMEOUT_S = +(process.env.MLOBS_E2E_TIMEOUT_S || 600);

async function main() {
  ensureHost();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-e2e-'));
  let server, browser;
  const cleanup = async () => {
    try { await browser?.close(); } catch { /* already gone */ }
    // The server and its extension host run in their own process group: end the group, not processes by name.
    stopServer(server);
    fs.rmSync(work, { recursive: true, force: true });
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cleanup().finally(() => process.exit(130)); });
  try {
    const extensionsDir = path.join(work, 'extensions');
    const extension = installVsix(extensionsDir, work);
    const workspace = path.join(work, 'workspace');
    fs.cpSync(path.join(HERE, 'workspace'), workspace, { recursive: true });
    const resultsFile = path.join(work, 'results.json');
    // The suite, running in the extension host, reads where things are from here.
    fs.writeFileSync(path.join(INSTALL, 'e2e-run.json'), JSON.stringify({ root: ROOT, modules: path.join(INSTALL, 'node_modules'), workspace, results: resultsFile, extension }));

    let port;
    ({ server, port } = await startServer(work, extensionsDir));
    const authority = `127.0.0.1:${port}`;
    const remote = p => `vscode-remote://${authority}${path.resolve(p)}`;
    const payload = [['extensionDevelopmentPath', remote(extension)], ['extensionTestsPath', remote(path.join(HERE, 'suite'))], ['skipWelcome', 'true']];
    const url = `http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    browser = await launchBrowser(work);
    const page = await browser.newPage();
    // Workbench noise that has nothing to do with the extension (no network here, no accounts).
    const noise = /AgentHost|ChatModelSelection|ENOTFOUND|AccountPolicyGate|^\s+at |socket|connection token|grace-time|Service Worker|builtin extensions cache|Failed to load resource|marketplace|vscode-unpkg/;
    await page.exposeFunction('codeAutomationLog', (type, args) => { const s = util.format(...args); if (!noise.test(s)) (console[type] || console.log)(s); });
    const exit = new Promise(resolve => page.exposeFunction('codeAutomationExit', code => resolve(code)));
    page.on('crash', () => log('the workbench renderer crashed'));
    log(`VS Code ${vscodeVersion()} on port ${port}; running the tests`);
    await page.goto(url);
    const code = await Promise.race([exit, new Promise(r => setTimeout(() => r('timeout'), TIMEOUT_S * 1000))]);
    if (code === 'timeout') log(`no result from the extension host within ${TIMEOUT_S} s`);
    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
    if (results?.timings) log('timings in the real extension host:', JSON.stringify(results.timings));
    // The closing line test runners are read by: counts from mocha's own statistics.
    if (results) console.log(`e2e: ${results.passed} passed, ${results.failed} failed`);
    return typeof code === 'number' && results && results.failed === 0 && results.passed > 0 ? code : 1;
  } finally {
    await cleanup();
  }
}

main().then(code => process.exit(code), e => { console.error(`[e2e] ${e.stack ?? e}`); process.exit(1); });
