#!/usr/bin/env node
// A VS Code executable for @vscode/test-electron's `runTests` on machines without a desktop VS Code (no display, no
// download): it takes the arguments runTests gives an Electron VS Code (`--extensionDevelopmentPath=…`,
// `--extensionTestsPath=…`, `--user-data-dir=…`, `--extensions-dir=…`, the folder to open) and runs the same thing in
// VS Code's server and browser workbench (code-server's, see vscode-host.mjs) in headless Chromium: the extension host
// loads the development extension and runs the tests, and this process exits with their result, as VS Code would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { startServer, stopServer, launchBrowser, vscodeVersion, log } from './vscode-host.mjs';

const TIMEOUT_S = +(process.env.MLOBS_E2E_TIMEOUT_S || 600);
const args = process.argv.slice(2);
const option = name => args.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const developmentPath = option('extensionDevelopmentPath'), testsPath = option('extensionTestsPath');
// the folder to open: the one argument that is not a flag
const folder = args.filter(a => !a.startsWith('-')).pop();

async function main() {
  if (!developmentPath || !testsPath || !folder) throw new Error(`expected --extensionDevelopmentPath=, --extensionTestsPath= and a folder, got: ${args.join(' ')}`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-code-server-'));
  const extensionsDir = option('extensions-dir') ?? path.join(work, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  let server, browser;
  const cleanup = async () => {
    try { await browser?.close(); } catch { /* already gone */ }
    // the server and its extension host run in their own process group: end the group, not processes by name
    stopServer(server);
    fs.rmSync(work, { recursive: true, force: true });
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cleanup().finally(() => process.exit(130)); });
  try {
    let port;
    ({ server, port } = await startServer(work, extensionsDir));
    const authority = `127.0.0.1:${port}`;
    const remote = p => `vscode-remote://${authority}${path.resolve(p)}`;
    const payload = [['extensionDevelopmentPath', remote(developmentPath)], ['extensionTestsPath', remote(testsPath)], ['skipWelcome', 'true']];
    const url = `http://${authority}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    browser = await launchBrowser(work);
    const page = await browser.newPage();
    // workbench noise that has nothing to do with the extension (no network here, no accounts)
    const noise = /AgentHost|ChatModelSelection|ENOTFOUND|AccountPolicyGate|^\s+at |socket|connection token|grace-time|Service Worker|builtin extensions cache|Failed to load resource|marketplace|vscode-unpkg/;
    await page.exposeFunction('codeAutomationLog', (type, a) => { const s = util.format(...a); if (!noise.test(s)) (console[type] || console.log)(s); });
    const exit = new Promise(resolve => page.exposeFunction('codeAutomationExit', code => resolve(code)));
    page.on('crash', () => log('the workbench renderer crashed'));
    log(`VS Code ${vscodeVersion()} (server and browser workbench) on port ${port}; running the tests`);
    await page.goto(url);
    const code = await Promise.race([exit, new Promise(r => setTimeout(() => r('timeout'), TIMEOUT_S * 1000))]);
    if (code === 'timeout') { log(`no result from the extension host within ${TIMEOUT_S} s`); return 1; }
    return typeof code === 'number' ? code : 1;
  } finally {
    await cleanup();
  }
}

main().then(code => process.exit(code), e => { console.error(`[e2e] ${e.stack ?? e}`); process.exit(1); });
