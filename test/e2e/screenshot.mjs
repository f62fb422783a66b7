#!/usr/bin/env node
// npm run screenshot — pictures of the real UI for the README: VS Code (the same server and workbench as
// the integration tests) with the packaged extension installed, on a copy of example/: churn_service.py
// open with the Problems panel, the quick-fix menu on a diagnostic, the facet hover, the language status item, a rule's
// rendered docs page, the mlobs sidebar and its Services section.
// Writes media/screenshot-*.png.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureHost, installVsix, startServer, stopServer, launchBrowser, log, ROOT } from './vscode-host.mjs';

const OUT = path.join(ROOT, 'media');

async function main() {
  ensureHost();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mlobs-shot-'));
  let server, browser, page;
  try {
    const extensionsDir = path.join(work, 'extensions');
    installVsix(extensionsDir, work);
    const project = path.join(work, 'example');
    // (not the CLI's result cache, if `npm run scan:example` left one)
    fs.cpSync(path.join(ROOT, 'example'), project, { recursive: true, filter: src => path.basename(src) !== '.mlobs_cache' });
    // Workspace settings for a calm picture: no start page, no chat panel, no tips.
    fs.mkdirSync(path.join(project, '.vscode'));
    fs.writeFileSync(path.join(project, '.vscode', 'settings.json'), JSON.stringify({
      'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'extensions.ignoreRecommendations': true, 'editor.minimap.enabled': false, 'window.commandCenter': false, 'files.exclude': { '**/.vscode': true },
    }, null, 2));
    let port;
    ({ server, port } = await startServer(work, extensionsDir));
    browser = await launchBrowser(work);
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(project)}`);
    await page.waitForSelector('.monaco-workbench .part.activitybar', { timeout: 60_000 });
    await page.waitForTimeout(3000);
    await dismissNotifications(page);
    await page.waitForTimeout(2000);
    await tidy(page);

    // Open the file with Quick Open.
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type('churn_service.py');
    await page.waitForTimeout(800);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .view-lines');
    // Problems panel, with mlobs' rows in it.
    await runCommand(page, 'View: Focus Problems');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
    await page.waitForFunction(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].some(r => r.textContent.includes('MLO001')), null, { timeout: 30_000 });
    await page.waitForTimeout(1500);
    await tidy(page);
    await shot(page, 'screenshot-problems.png');

    // The quick-fix menu on the first diagnostic: jump to it, then Ctrl+.
    await page.click('.monaco-editor .view-lines');
    await runCommand(page, 'Go to Next Problem in Files (Error, Warning, Info)');
    await page.waitForTimeout(800);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget', { timeout: 15_000 });
    await page.waitForTimeout(800);
    await shot(page, 'screenshot-quickfix.png');
    await page.keyboard.press('Escape');

    // The facet checklist on hover, at the same prediction (the cursor is on it).
    await runCommand(page, 'Show or Focus Hover');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover')].some(h => h.textContent.includes('required facets recorded')), null, { timeout: 15_000 });
    await page.waitForTimeout(800);
    await shot(page, 'screenshot-hover.png', { keepMouse: true });
    await page.keyboard.press('Escape');

    // The language status item (the {} beside the language mode): the active file's counts.
    await page.locator('[id="status.languageStatus"] a, [id="status.languageStatus"]').first().click();
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover, .context-view')].some(h => /inference point/.test(h.textContent)), null, { timeout: 15_000 });
    await page.waitForTimeout(800);
    await shot(page, 'screenshot-language-status.png', { keepMouse: true });
    await page.keyboard.press('Escape');

    // A rule's docs, from the code link of a problem: a rendered, read-only page.
    await runCommand(page, 'View: Focus Problems');
    await page.locator('.markers-panel .monaco-list-row .code-link a, .markers-panel .monaco-list-row a.monaco-link').first().click();
    await page.waitForFunction(() => [...document.querySelectorAll('.tabs-container .tab')].some(t => /mlobs MLO00\d/.test(t.textContent)), null, { timeout: 30_000 });
    await page.waitForTimeout(2500);
    await shot(page, 'screenshot-rule-docs.png');
    // a middle click closes its tab, leaving churn_service.py open (and its problems listed)
    await page.locator('.tabs-container .tab', { hasText: 'mlobs MLO00' }).first().click({ button: 'middle' });
    await page.waitForTimeout(500);

    // The mlobs sidebar: coverage per facet, then files.
    await runCommand(page, 'mlobs: Show Coverage');
    await page.waitForSelector('.pane-body .monaco-list-row', { timeout: 30_000 });
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-list-row')].some(r => /model version/.test(r.textContent)), null, { timeout: 30_000 });
    await tidy(page);
    await expandFirstFile(page);
    await page.waitForTimeout(1500);
    await shot(page, 'screenshot-sidebar.png');

    // The Services section: fold Files, open the Python service's facets.
    await page.locator('.pane-body .monaco-list-row', { hasText: /^Files/ }).first().locator('.monaco-tl-twistie').click();
    await page.waitForTimeout(500);
    await page.locator('.pane-body .monaco-list-row', { hasText: 'churn_service.py:13' }).first().locator('.monaco-tl-twistie').click();
    await page.waitForTimeout(500);
    await page.locator('.pane-body .monaco-list-row', { hasText: 'server.ts:11' }).first().locator('.monaco-tl-twistie').click();
    await page.waitForTimeout(1000);
    await shot(page, 'screenshot-services.png');
  } catch (e) {
    // What the workbench showed when a step failed, to see why.
    await page?.screenshot({ path: path.join(os.tmpdir(), 'mlobs-screenshot-failure.png') }).catch(() => {});
    throw e;
  } finally {
    try { await browser?.close(); } catch { /* already gone */ }
    stopServer(server);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(title);
  await page.waitForTimeout(600);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(600);
}

async function dismissNotifications(page) {
  for (const b of await page.$$('.notifications-toasts .codicon-notifications-clear, .notifications-toasts .codicon-close')) await b.click().catch(() => {});
}

/** Expands "Files" → churn_service.py → its second inference point, so the picture shows a facet checklist. */
async function expandFirstFile(page) {
  await page.locator('.pane-body .monaco-list-row', { hasText: 'churn_service.py' }).first().click();
  await page.waitForTimeout(500);
  // the twistie expands without running the row's "reveal" command
  // (points are named as written: the second is `model.predict([features(customer)])`)
  await page.locator('.pane-body .monaco-list-row', { hasText: 'model.predict' }).nth(1).locator('.monaco-tl-twistie').click();
  await page.waitForTimeout(500);
  // room for the checklist: fold the Catalog view
  await page.locator('.pane-header', { hasText: 'Catalog' }).click();
}

/** Closes what the workbench may restore or open on its own timing: the secondary side bar, the Welcome tab. */
async function tidy(page) {
  if (await page.locator('.part.auxiliarybar').isVisible().catch(() => false)) await runCommand(page, 'View: Close Secondary Side Bar');
  const welcome = page.locator('.tabs-container .tab', { hasText: 'Welcome' });
  // a middle click closes a tab
  if (await welcome.count()) { await welcome.first().click({ button: 'middle' }).catch(() => {}); await page.waitForTimeout(300); }
}

async function shot(page, name, { keepMouse = false } = {}) {
  await dismissNotifications(page);
  if (!keepMouse) await page.mouse.move(900, 780);   // no hover tooltip in the picture
  await page.waitForTimeout(700);
  await page.screenshot({ path: path.join(OUT, name) });
  log(`wrote media/${name}`);
}

main().then(() => process.exit(0), e => { console.error(`[screenshot] ${e.stack ?? e}`); process.exit(1); });
