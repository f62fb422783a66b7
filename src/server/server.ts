/**
 * The mlobs language server: the engine behind the Language Server Protocol, for any editor with an LSP
 * client (`mlobs server --stdio`). Diagnostics on open and as the user types (incremental edits reparse
 * only what changed), quick fixes and `source.fixAll.mlobs`, the facet checklist on hover, a workspace scan
 * in a worker thread, notebooks (LSP notebook sync: the code cells analysed as one program), and custom requests and
 * notifications for what an editor shows beside the diagnostics (see `docs/editors.md`: `mlobs/scan`,
 * `mlobs/coverage`, `mlobs/coverageChanged`, `mlobs/analysed`, `mlobs/analysis`, `mlobs/reload`, `mlobs/idle`).
 * An adapter: every finding, edit and word comes from the engine and the shared presentation helpers.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CancellationToken, CodeAction, CodeActionKind, CodeActionParams, CodeActionTriggerKind, Connection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, InitializeParams,
  InitializeResult, MessageType, NotebookDocuments, ShowMessageRequestParams, TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileResult, Fix } from '../engine';
import { addKnowledge, ConfigFilePoll, ConfigResolver, excludedBy, KnowledgeAddition, Resolved, SETTINGS_SOURCE } from '../extension/configs';
import { FileCoverage, overall, toFileCoverage, worstFirst } from '../extension/coverage';
import { engine } from '../extension/engine';
import { fixAllEdits, selectFixAll } from '../extension/fixes';
import { LiveAnalysis } from '../extension/liveAnalysis';
import { normaliseSettings, Settings, SETTING_KEYS } from '../extension/settings';
import { EditOptions, findingOf, FIX_ALL_KIND, hoverOf, MARK_INFERENCE_KIND, pointAt, quickFix, toDiagnostics, workspaceEdit } from './convert';
import { analyseCells, CellEditorFix, codeCells, versionsOf } from './notebooks';
import { OpenDocuments } from './openDocuments';
import { ScanSummary, WorkspaceScan } from './workspaceScan';
import { KnownFile, ServiceTracker, ServiceView } from './services';

/** The wait after an edit: adaptive, from a small file's to a large one's (see `debounceFor`). */
const DEBOUNCE_MS = 300, MIN_DEBOUNCE_MS = 75;
/** A closed document or a source file changed on disk: the workspace is rescanned once the changes stop. */
const RESCAN_DELAY_MS = 1000;
/** A warning shown again within this time (after a second reload of the same change) is not shown twice. */
const REPEAT_WARNING_MS = 10_000;
/** After an open file's service facts change, the services are recomputed once changes stop (no files are read). */
const SERVICES_DELAY_MS = 300;
/** The config files in use are polled too: a file watcher can miss a write. */
const CONFIG_POLL_MS = 1500;
/** Folders whose changes never lead to a rescan, as the CLI's walker never enters them: dependencies, environments, caches, VCS. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '__pycache__', '.venv', 'venv', '.tox', '.nox', '.mypy_cache',
  '.pytest_cache', '.ruff_cache', 'site-packages', '.ipynb_checkpoints', '.vscode-test', '.vscode-server']);
/** The server's command behind "Mark as inference point" (arguments: document URI, knowledge, the call as written). */
export const MARK_INFERENCE_COMMAND = 'mlobs.server.markInference';
const EXT: Record<string, string> = { python: '.py', typescript: '.ts', javascript: '.js', typescriptreact: '.tsx', javascriptreact: '.jsx', tsx: '.tsx', jsx: '.jsx', vue: '.vue', svelte: '.svelte' };

/** The state of one open document's (or notebook cell's) last analysis. */
interface Analysed {
  version: number;
  generation: number;
  text: string;
  result: FileResult;
  resolved: Resolved;
  settings: Settings;
  ms: number;
  /** A cell's fixes can edit other cells: `targets` says which document each edit changes. */
  fixes(): (Fix & { targets?: CellEditorFix['targets'] })[];
  /** Set for a notebook cell: its notebook's URI. */
  notebook?: string;
}

/** `mlobs/analysed`: sent after each analysis of an open document or cell, for a status item. */
export interface AnalysedNotification {
  uri: string; version: number; points: number; findings: number; ms: number;
  /** Notes the engine left (in the log). */
  notes: number;
  /** Why the file was not analysed (too big, minified, binary…). */
  skipped?: string;
  /** The config problem in force (the defaults are used). */
  configProblem?: string;
}

export interface ServerOptions {
  /** dist/: where the worker thread's script and the rule docs are. */
  distDir: string;
  version: string;
}

/** The `mlobs/coverage` answer: every analysed file (open documents live, the others from the last scan), worst first. */
export interface CoverageResponse {
  files: (FileCoverage & { uri: string; findings: number })[];
  overall: ReturnType<typeof overall>;
  scanned: boolean;
  /** A workspace scan is running. */
  scanning: boolean;
  /** The project's services and their facets (absolute paths). */
  services: ServiceView[];
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const configs = new ConfigResolver();
  const docs = new OpenDocuments();
  const notebooks = new NotebookDocuments(TextDocument);
  const live = new LiveAnalysis();
  const states = new Map<string, Analysed>();
  /** Each open notebook's last analysis: the code cells' versions it was made for. */
  const notebookRuns = new Map<string, { versions: string; generation: number; cells: string[] }>();
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Map<string, Promise<unknown>>();
  const settingsCache = new Map<string, Settings>();
  const shown = new Set<string>();
  const lastShown = new Map<string, number>();
  const poll = new ConfigFilePoll();
  let folders: string[] = [];
  let generation = 0;
  let canPullSettings = false, canShowDocument = false, canProgress = false, canSnippets = false, canWatch = false;
  let initialSettings: unknown;
  /** A fixed wait after an edit (`initializationOptions.debounceMs`; 0 in the latency benchmark); else adaptive. */
  let fixedDebounceMs: number | undefined;
  let scannedOnce = false;
  let rescanTimer: NodeJS.Timeout | undefined;
  let reloading: Promise<void> | undefined;
  let reloadTimer: NodeJS.Timeout | undefined;
  /** Settings being read after a change notification (a reload may follow). */
  let settingsReads = 0;
  const rulesDir = path.join(options.distDir, '..', 'docs', 'rules');
  /** How a rule's docs are linked: the rendered page of the client (`initializationOptions.ruleDocsUri`) or the file. */
  let ruleDocsUri: string | undefined;
  const ruleDocs = (code: string) => (ruleDocsUri ? ruleDocsUri.replace('{code}', code)
    : fs.existsSync(path.join(rulesDir, `${code}.md`)) ? pathToFileURL(path.join(rulesDir, `${code}.md`)).toString() : undefined);
  const label = (id: string) => engine().facetById(id)?.label ?? id;
  const services = new ServiceTracker();
  let servicesTimer: NodeJS.Timeout | undefined;
  const scanner = new WorkspaceScan(path.join(options.distDir, 'worker.js'), configs, fsPath => cachedSettings(folderOf(fsPath)));

  const log = (message: string) => connection.console.log(message);
  const fsPathOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);
  const folderOf = (fsPath: string | undefined) =>
    fsPath ? folders.filter(f => fsPath === f || fsPath.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0] : undefined;
  /** A path as the user reads it: relative to its workspace folder. */
  const shortPath = (fsPath: string) => { const f = folderOf(fsPath); return f ? path.relative(f, fsPath).split(path.sep).join('/') : fsPath; };
  /** The version of an open document or notebook cell, undefined if it is not open. */
  const versionOf = (uri: string) => docs.get(uri)?.doc.version ?? (notebooks.getNotebookCell(uri) ? notebooks.cellTextDocuments.get(uri)?.version : undefined);
  const isOpenFile = (fsPath: string) => { const uri = pathToFileURL(fsPath).toString(); return !!docs.get(uri) || !!notebooks.getNotebookDocument(uri); };

  /** Settings as the client sends them: nested (`{fixAll: {includeInstrumentation: true}}`) or with dotted keys. */
  function flatten(raw: unknown): Record<string, unknown> {
    const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const src = (obj.mlobs && typeof obj.mlobs === 'object' ? obj.mlobs : obj) as Record<string, unknown>;
    return Object.fromEntries(SETTING_KEYS.map(k => {
      const nested = k.split('.').reduce<unknown>((o, part) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[part] : undefined), src);
      return [k, nested ?? src[k]];
    }));
  }

  function normalise(raw: unknown): Settings {
    const e = engine();
    const { settings, problems } = normaliseSettings(flatten(raw), { facets: e.FACET_IDS, rules: e.RULES.map(r => r.meta.code) });
    if (problems.length) warnOnce(`mlobs: some settings are invalid and were ignored (their defaults are used): ${problems.join('; ')}`);
    return settings;
  }

  function cachedSettings(folder: string | undefined): Settings {
    return settingsCache.get(folder ?? '') ?? normalise(initialSettings);
  }

  /** Settings for a document's folder: pulled from the client when it can answer (`workspace/configuration`). */
  async function settingsFor(fsPath: string | undefined): Promise<Settings> {
    const folder = folderOf(fsPath);
    const key = folder ?? '';
    let s = settingsCache.get(key);
    if (!s) {
      let raw = initialSettings;
      if (canPullSettings) {
        try {
          const [pulled] = await connection.workspace.getConfiguration([{ scopeUri: folder ? pathToFileURL(folder).toString() : undefined, section: 'mlobs' }]);
          if (pulled !== null && pulled !== undefined) raw = pulled;
        } catch (err) { log(`could not read the client's settings: ${(err as Error).message}`); }
      }
      s = normalise(raw);
      settingsCache.set(key, s);
    }
    return s;
  }

  /** One message per distinct problem until the configuration changes; always logged. Never opens anything by itself. */
  function warnOnce(message: string, file?: string): void {
    if (shown.has(message)) return;
    shown.add(message);
    // one change can reach the server twice (the file watcher, and the poll of the config files) and so reload twice,
    // each reload forgetting what was shown: the same problem again within seconds is the same message, not a new one
    const last = lastShown.get(message);
    lastShown.set(message, Date.now());
    if (last !== undefined && Date.now() - last < REPEAT_WARNING_MS) return;
    connection.console.warn(message);
    const action = file && canShowDocument ? { title: `Open ${path.basename(file)}` } : undefined;
    const params: ShowMessageRequestParams = { type: MessageType.Warning, message, actions: action ? [action] : undefined };
    connection.sendRequest('window/showMessageRequest', params).then(choice => {
      if (choice && file) void connection.window.showDocument({ uri: pathToFileURL(file).toString(), takeFocus: true });
    }, () => undefined);
  }

  /**
   * An internal failure (an analysis, fixes, the scan): logged with its stack, and offered to the user once per kind until
   * the configuration changes, as an error message (the client adds its way to the log). Never thrown at the client.
   */
  function failed(kind: string, detail: string, err: unknown): void {
    connection.console.error(`${kind} failed${detail ? ` (${detail})` : ''}: ${(err as Error)?.stack ?? err}`);
    const message = `mlobs: ${kind} failed: ${(err as Error)?.message ?? err}. The log has the details.`;
    if (shown.has(kind)) return;
    shown.add(kind);
    connection.sendRequest('window/showMessageRequest', { type: MessageType.Error, message } satisfies ShowMessageRequestParams).then(() => undefined, () => undefined);
  }

  function configFor(fsPath: string | undefined, settings: Settings): Resolved {
    const folder = folderOf(fsPath);
    const resolved = configs.resolve(fsPath ? path.dirname(fsPath) : folder, folder, settings);
    for (const p of resolved.problems) {
      const isFile = path.isAbsolute(p.file);
      warnOnce(`mlobs: configuration error in ${isFile ? shortPath(p.file) : p.file}: ${p.problem}. Analysis continues with the default configuration.`, isFile ? p.file : undefined);
    }
    return resolved;
  }

  /**
   * The wait after an edit of a document: three times its last analysis, between 75 and 300 ms. A small file's
   * diagnostics follow typing closely (its analysis is cheap); a large one's wait for a pause in typing, so that the
   * server does not analyse texts the next keystroke makes stale.
   */
  function debounceFor(uri: string): number {
    if (fixedDebounceMs !== undefined) return fixedDebounceMs;
    const last = states.get(uri)?.ms;
    return last === undefined ? DEBOUNCE_MS : Math.round(Math.min(DEBOUNCE_MS, Math.max(MIN_DEBOUNCE_MS, 3 * last)));
  }

  /** Analyses a document (or a notebook, by its URI) after `delay` ms; a newer request restarts the wait. */
  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      const work = notebooks.getNotebookDocument(uri) ? currentNotebook(uri, true) : refresh(uri);
      work.catch(err => failed('the analysis', uri, err));
    }, delay));
  }

  /** Runs `work` after the analysis already running for `key` (one at a time per document or notebook). */
  function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = running.get(key);
    const p: Promise<T> = (before?.catch(() => undefined) ?? Promise.resolve()).then(work)
      .finally(() => { if (running.get(key) === p) running.delete(key); });
    running.set(key, p);
    return p;
  }

  /**
   * The analysis of the document's (or cell's) current version, for hovers and code actions: the one already made, the
   * one running, or a new one. With `"run": "onSave"`, an edited document has no current analysis until it is saved
   * (a request must not analyse what the user asked to be analysed on save only).
   */
  async function current(uri: string): Promise<Analysed | undefined> {
    const nb = notebooks.findNotebookDocumentForCell(uri);
    if (nb) { await currentNotebook(nb.uri, false); return upToDate(uri); }
    if (!docs.get(uri)) return undefined;
    const s = states.get(uri);
    if (!upToDate(uri) && s?.generation === generation && s.settings.run === 'onSave') return undefined;
    return refresh(uri);
  }

  /** The document's analysis for its current version, made now if there is none. */
  function refresh(uri: string): Promise<Analysed | undefined> {
    return Promise.resolve(upToDate(uri) ?? serialised(uri, () => analyse(uri)));
  }

  function upToDate(uri: string): Analysed | undefined {
    const s = states.get(uri);
    return s && s.version === versionOf(uri) && s.generation === generation ? s : undefined;
  }

  async function analyse(uri: string): Promise<Analysed | undefined> {
    const open = docs.get(uri);
    if (!open) return undefined;
    const version = open.doc.version, gen = generation;
    const existing = upToDate(uri);
    if (existing) return existing;
    const e = engine();
    const fsPath = fsPathOf(uri);
    const settings = await settingsFor(fsPath);
    const resolved = configFor(fsPath, settings);
    const text = open.doc.getText();
    const changes = docs.takeChanges(uri);
    let enginePath = fsPath ? path.relative(resolved.root, fsPath).split(path.sep).join('/') : `untitled${EXT[open.doc.languageId] ?? ''}`;
    // a Python script without the .py extension is still Python to the editor: tell the engine so
    if (!e.languageOf(enginePath)) enginePath += EXT[open.doc.languageId] ?? '';
    if (!e.languageOf(enginePath)) return undefined;
    const snapshot = fsPath ? scanner.indexes.get(resolved.key) : undefined;
    const t0 = performance.now();
    const result = await live.analyze(enginePath, text, resolved.config, uri, changes, snapshot && fsPath ? { snapshot, file: fsPath } : undefined);
    const ms = performance.now() - t0;
    if (docs.get(uri)?.doc.version !== version || gen !== generation) return undefined;
    const lookup = () => {
      const language = e.languageOf(enginePath);
      return snapshot && fsPath && language ? e.WorkspaceIndex.fromSnapshot(snapshot, resolved.config.tables, '/').lookupFor(fsPath, language) : undefined;
    };
    let fixes: Fix[] | undefined;
    const state: Analysed = {
      version, generation: gen, text, result, resolved, settings, ms,
      fixes: () => (fixes ??= e.computeFixes(enginePath, text, result, resolved.config, lookup())),
    };
    publish(uri, state, enginePath);
    return state;
  }

  /**
   * A notebook's code cells analysed as one program, unless its last analysis is for their current versions; for a
   * request (`scheduled` false) not while it waits for a save (`"run": "onSave"`).
   */
  function currentNotebook(nbUri: string, scheduled: boolean): Promise<void> {
    const nb = notebooks.getNotebookDocument(nbUri);
    if (!nb) return Promise.resolve();
    const cells = codeCells(nb, u => notebooks.cellTextDocuments.get(u));
    const kept = notebookRuns.get(nbUri);
    if (kept && kept.versions === versionsOf(cells) && kept.generation === generation) return Promise.resolve();
    const cell = kept && states.get(kept.cells[0] ?? '');
    if (!scheduled && kept?.generation === generation && cell?.settings.run === 'onSave') return Promise.resolve();
    return serialised(nbUri, () => analyseNotebook(nbUri));
  }

  async function analyseNotebook(nbUri: string): Promise<void> {
    const nb = notebooks.getNotebookDocument(nbUri);
    if (!nb) return;
    const cells = codeCells(nb, u => notebooks.cellTextDocuments.get(u));
    const versions = versionsOf(cells), gen = generation;
    const kept = notebookRuns.get(nbUri);
    if (kept && kept.versions === versions && kept.generation === gen) return;
    const e = engine();
    const fsPath = fsPathOf(nbUri);
    const settings = await settingsFor(fsPath);
    const resolved = configFor(fsPath, settings);
    await e.ensureLanguage('python');
    const rel = fsPath ? path.relative(resolved.root, fsPath).split(path.sep).join('/') : 'untitled.ipynb';
    const enginePath = rel.toLowerCase().endsWith('.ipynb') ? rel : `${rel}.ipynb`;
    const snapshot = fsPath ? scanner.indexes.get(resolved.key) : undefined;
    const lookup = snapshot && fsPath ? e.WorkspaceIndex.fromSnapshot(snapshot, resolved.config.tables, '/').lookupFor(fsPath, 'python') : undefined;
    const t0 = performance.now();
    const analysed = analyseCells(cells, enginePath, resolved.config, lookup);
    const ms = performance.now() - t0;
    if (gen !== generation || !notebooks.getNotebookDocument(nbUri) || versionsOf(codeCells(notebooks.getNotebookDocument(nbUri)!, u => notebooks.cellTextDocuments.get(u))) !== versions) return;
    // cells no longer code cells of this notebook (removed, turned into markdown) lose their diagnostics
    const now = new Set(analysed.map(c => c.uri));
    for (const old of kept?.cells ?? []) if (!now.has(old)) { states.delete(old); void connection.sendDiagnostics({ uri: old, diagnostics: [] }); }
    notebookRuns.set(nbUri, { versions, generation: gen, cells: [...now] });
    analysed.forEach((c, i) => publish(c.uri, {
      version: c.version, generation: gen, text: c.text, result: c.result, resolved, settings, ms, fixes: c.fixes, notebook: nbUri,
    }, `${enginePath}, cell ${cells[i].index + 1}`));
  }

  /** Keeps a document's new analysis and tells the client: diagnostics, its status, and that the coverage changed. */
  function publish(uri: string, state: Analysed, name: string): void {
    const before = states.get(uri);
    states.set(uri, state);
    const { result, resolved, version } = state;
    // a change in what the file tells of its service (an entry point, a Resource, a feedback record) moves MLO006
    if (!state.notebook && JSON.stringify(before?.result.service) !== JSON.stringify(result.service)) refreshServicesSoon();
    const shownResult = state.notebook ? result : services.withFindings(fsPathOf(uri), result);
    const diagnostics = toDiagnostics(shownResult, { uri, version, lines: state.text.split('\n'), required: resolved.config.requiredFacets, ruleDocs, label });
    void connection.sendDiagnostics({ uri, version, diagnostics });
    log(`analysed ${name} v${version}: ${result.inferencePoints.length} inference points, ${result.findings.length} findings in ${state.ms.toFixed(1)} ms`);
    for (const note of result.errors) log(`  ${name}${note.line !== undefined ? `:${note.line + 1}` : ''}: ${note.message}`);
    const status: AnalysedNotification = {
      uri, version, points: result.inferencePoints.length, findings: result.findings.length, ms: state.ms, notes: result.errors.length,
      ...(result.skipped ? { skipped: result.errors[0]?.message ?? 'skipped' } : {}),
      ...(resolved.problems[0] ? { configProblem: resolved.problems[0].problem } : {}),
    };
    void connection.sendNotification('mlobs/analysed', status);
    void connection.sendNotification('mlobs/coverageChanged', { uri });
  }

  function fixesOf(uri: string, s: Analysed): ReturnType<Analysed['fixes']> {
    try { return s.fixes(); } catch (err) {
      // fixes are an extra: a failure must not take the code actions down
      failed('computing quick fixes', uri, err);
      return [];
    }
  }

  async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = params.textDocument.uri;
    const s = await current(uri);
    // edits are positioned in the analysed text: never offer them for another version
    if (!s || versionOf(uri) !== s.version) return [];
    const fixes = fixesOf(uri, s);
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some(o => kind === o || kind.startsWith(`${o}.`));
    const options = (fix: ReturnType<Analysed['fixes']>[number]): EditOptions => ({ targets: fix.targets, snippets: canSnippets });
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const d of params.context.diagnostics) {
        const finding = findingOf(d, s.version, s.result);
        if (finding === undefined) continue;
        for (const fix of fixes.filter(f => f.findingIndex === finding)) actions.push(quickFix(uri, s.version, fix, d, options(fix)));
      }
    }
    // fix-all only when asked for by kind, like other linters; an invoked request is the user's explicit
    // request for it, an automatic one (on save) applies instrumentation only with the opt-in
    if (only?.some(o => o === FIX_ALL_KIND || FIX_ALL_KIND.startsWith(`${o}.`))) {
      const explicit = params.context.triggerKind !== CodeActionTriggerKind.Automatic;
      // a notebook cell's fix-all changes that cell only: a fix that also edits another cell is left to its quick fix
      const own = fixes.filter(f => !f.targets || f.targets.every(t => t.uri === uri));
      const chosen = selectFixAll(own, explicit || s.settings.fixAllIncludeInstrumentation);
      if (chosen.length) {
        actions.push({
          title: `mlobs: apply ${chosen.length} fix${chosen.length === 1 ? '' : 'es'}`, kind: FIX_ALL_KIND,
          edit: workspaceEdit(uri, s.version, fixAllEdits(chosen), { snippets: false }),
        });
      }
    }
    // Mark as inference point: asked for explicitly only (never the automatic lightbulb: it is offered on any call the
    // engine can name), on a call that is not a point yet, in a file on disk; the command writes the knowledge into mlobs.json
    if (params.context.triggerKind === CodeActionTriggerKind.Invoked && wants(MARK_INFERENCE_KIND) && !s.result.skipped && !s.notebook && fsPathOf(uri)) {
      const at = { line: params.range.start.line, col: params.range.start.character };
      if (!pointAt({ ...s.result, inferencePoints: s.result.inferencePoints.map(p => ({ ...p, range: p.calleeRange })) }, params.range.start)) {
        const mark = engine().markableCallAt(s.result.path, s.text, s.resolved.config, at);
        if (mark) {
          const title = `mlobs: Mark ${mark.text} as an inference point (in mlobs.json)`;
          actions.push({ title, kind: MARK_INFERENCE_KIND, command: { title, command: MARK_INFERENCE_COMMAND, arguments: [uri, mark.knowledge, mark.text] } });
        }
      }
    }
    return actions;
  }

  /**
   * Writes the knowledge into the nearest mlobs.json (a new one at the workspace folder's root, else beside the file),
   * comments kept, and analyses every open document again. The file is written directly: it is not a document this
   * server is given, and an editor reloads an unchanged open buffer.
   */
  async function markInference(uri: string, knowledge: KnowledgeAddition, text: string): Promise<string> {
    const fsPath = fsPathOf(uri);
    if (!fsPath) throw new Error('only files on disk can be marked');
    const resolved = configFor(fsPath, await settingsFor(fsPath));
    if (resolved.problems.some(p => path.isAbsolute(p.file))) throw new Error(`${resolved.problems[0].file} has errors; fix it before adding knowledge to it`);
    const file = resolved.rawFile !== SETTINGS_SOURCE ? resolved.rawFile : path.join(folderOf(fsPath) ?? path.dirname(fsPath), 'mlobs.json');
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    const after = addKnowledge(before, knowledge);
    if (after !== before) fs.writeFileSync(file, after);
    log(`marked ${text} as an inference point: ${JSON.stringify(knowledge)} in ${file}`);
    await reload(`${shortPath(file)} gained knowledge for ${text}`);
    return file;
  }

  /** Settings or config files changed: everything read again, open documents analysed again, the workspace rescanned if it was scanned. */
  function reload(why: string): Promise<void> {
    log(`${why}: re-reading the configuration`);
    generation++;
    settingsCache.clear();
    configs.invalidate();
    shown.clear();
    poll.resync();
    for (const d of docs.all()) schedule(d.doc.uri, 0);
    for (const uri of notebookRuns.keys()) schedule(uri, 0);
    const done = (scannedOnce ? scanWorkspace().then(() => undefined, () => undefined) : Promise.resolve()).finally(() => { if (reloading === done) reloading = undefined; });
    reloading = done;
    return done;
  }

  /** Settings or config files changed: reloaded once the changes stop (an editor can report one change twice). */
  function reloadSoon(why: string): void {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => { reloadTimer = undefined; void reload(why); }, 200);
  }

  /** Once the workspace has been scanned, files changed on disk (or closed unsaved) lead to a rescan when the changes stop. */
  function rescanSoon(): void {
    if (!scannedOnce) return;
    clearTimeout(rescanTimer);
    rescanTimer = setTimeout(() => { rescanTimer = undefined; void scanWorkspace().catch(() => undefined); }, RESCAN_DELAY_MS);
  }

  async function scanWorkspace(token?: CancellationToken): Promise<ScanSummary> {
    const progress = canProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('mlobs: scanning the workspace', 0, 'listing files…');
    void connection.sendNotification('mlobs/coverageChanged', {});
    const cancelled = token?.onCancellationRequested(() => { log('workspace scan cancelled'); void scanner.cancel(); });
    try {
      // the editor's files.exclude, per folder, as the VS Code extension honours it (when the client can say)
      const exclude = new Map<string, unknown>();
      if (canPullSettings) {
        const answers = await connection.workspace.getConfiguration(folders.map(f => ({ scopeUri: pathToFileURL(f).toString(), section: 'files' }))).catch(() => []);
        folders.forEach((f, i) => exclude.set(f, (answers[i] as { exclude?: unknown } | null)?.exclude));
      }
      const excluded = (fsPath: string) => { const f = folderOf(fsPath); return !!f && excludedBy(exclude.get(f), f, fsPath); };
      const summary = await scanner.scan(folders, isOpenFile, (done, total) =>
        progress?.report(Math.round((100 * done) / total), `${done}/${total} files`), excluded);
      if (summary.cancelled) return summary;
      scannedOnce = true;
      refreshServices(true);
      log(`scanned the workspace: ${summary.files} files (and ${summary.open} open in the editor), ${summary.points} inference points, ${summary.findings} findings in ${summary.ms.toFixed(0)} ms`);
      // open documents see the project's modules now
      generation++;
      for (const d of docs.all()) schedule(d.doc.uri, 0);
      for (const uri of notebookRuns.keys()) schedule(uri, 0);
      return summary;
    } catch (err) {
      failed('the workspace scan', '', err);
      throw err;
    } finally {
      cancelled?.dispose();
      progress?.done();
      void connection.sendNotification('mlobs/coverageChanged', {});
    }
  }

  function coverage(): CoverageResponse {
    const files: CoverageResponse['files'] = [];
    const openPaths = new Set<string>();
    for (const [uri, s] of states) {
      if (versionOf(uri) === undefined) continue;
      const fsPath = fsPathOf(s.notebook ?? uri);
      // an editor keeps a document open a while after its file is deleted: the workspace no longer has it
      if (fsPath && !fs.existsSync(fsPath)) continue;
      if (fsPath) openPaths.add(fsPath);
      files.push({ ...toFileCoverage(uri, s.result, s.resolved.config.requiredFacets), uri, findings: s.result.findings.length });
    }
    for (const f of scanner.files.values()) {
      if (openPaths.has(f.fsPath) || isOpenFile(f.fsPath)) continue;
      const uri = pathToFileURL(f.fsPath).toString();
      files.push({ ...toFileCoverage(uri, f.result, f.required), uri, findings: f.result.findings.length });
    }
    return { files: worstFirst(files), overall: overall(files, engine().INFERENCE_FACET_IDS), scanned: scannedOnce, scanning: scanner.isRunning, services: services.views() };
  }

  /**
   * The services of every workspace folder, from the scan's results overlaid with the open documents'; open documents
   * whose MLO006 changed are shown again. `reread`: manifests and deployment files are read again (after a scan).
   */
  function refreshServices(reread: boolean): void {
    clearTimeout(servicesTimer);
    servicesTimer = undefined;
    try {
      const known = new Map<string, KnownFile>();
      for (const f of scanner.files.values()) known.set(f.fsPath, { fsPath: f.fsPath, result: f.result });
      for (const [uri, s] of states) { const p = !s.notebook ? fsPathOf(uri) : undefined; if (p && versionOf(uri) !== undefined) known.set(p, { fsPath: p, result: s.result }); }
      const shownBefore = new Map([...states.keys()].map(uri => [uri, JSON.stringify(services.findingsFor(fsPathOf(uri)))]));
      // the folder's own config (resolved from inside it, without a second warning for a broken one: its files gave it)
      for (const folder of folders) services.update(folder, [...known.values()], configs.resolve(folder, folder, cachedSettings(folder)).config, { reread, complete: scannedOnce });
      for (const [uri, s] of states) {
        if (s.notebook || versionOf(uri) === undefined || shownBefore.get(uri) === JSON.stringify(services.findingsFor(fsPathOf(uri)))) continue;
        const diagnostics = toDiagnostics(services.withFindings(fsPathOf(uri), s.result), { uri, version: s.version, lines: s.text.split('\n'), required: s.resolved.config.requiredFacets, ruleDocs, label });
        void connection.sendDiagnostics({ uri, version: s.version, diagnostics });
      }
      void connection.sendNotification('mlobs/coverageChanged', {});
    } catch (err) {
      failed('checking the services', '', err);
    }
  }

  function refreshServicesSoon(): void {
    clearTimeout(servicesTimer);
    servicesTimer = setTimeout(() => refreshServices(false), SERVICES_DELAY_MS);
  }

  /** Resolves when no analysis, scan, rescan or reload is waiting or running (for tests, and clients that want a settled state). */
  async function idle(): Promise<void> {
    for (let i = 0; i < 400; i++) {
      if (!timers.size && !running.size && !scanner.isRunning && !servicesTimer && !rescanTimer && !reloadTimer && !reloading && !settingsReads) return;
      await Promise.all([...running.values(), reloading].map(p => p?.catch(() => undefined)));
      await new Promise(r => setTimeout(r, 25));
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const wsFolders = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = wsFolders.map(u => fsPathOf(u)).filter((p): p is string => !!p);
    canPullSettings = !!params.capabilities.workspace?.configuration;
    canShowDocument = !!params.capabilities.window?.showDocument?.support;
    canProgress = !!params.capabilities.window?.workDoneProgress;
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canSnippets = !!(params.capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
    const init = params.initializationOptions as { settings?: unknown; debounceMs?: unknown; ruleDocsUri?: unknown } | undefined;
    initialSettings = init?.settings ?? init;
    if (typeof init?.debounceMs === 'number' && init.debounceMs >= 0) fixedDebounceMs = init.debounceMs;
    if (typeof init?.ruleDocsUri === 'string' && init.ruleDocsUri.includes('{code}')) ruleDocsUri = init.ruleDocsUri;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        notebookDocumentSync: { notebookSelector: [{ notebook: '*', cells: [{ language: 'python' }] }], save: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, MARK_INFERENCE_KIND] },
        executeCommandProvider: { commands: [MARK_INFERENCE_COMMAND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'mlobs', version: options.version },
    };
  });

  const pollTimer = setInterval(() => {
    const changed = poll.changed(configs.loadedFiles());
    if (changed.length) reloadSoon(`${shortPath(changed[0])} changed`);
  }, CONFIG_POLL_MS);

  connection.onInitialized(() => {
    void readSettings().then(now => { settingsSeen ??= now; });
    if (canPullSettings) void connection.client.register(DidChangeConfigurationNotification.type, { section: ['mlobs', 'files'] }).catch(() => undefined);
    // the client watches the config files and the sources the scan reads (the scan's results follow the disk)
    if (canWatch) {
      const exts = [...engine().supportedExtensions(), ...engine().NOTEBOOK_EXTENSIONS].map(x => x.slice(1));
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/{mlobs.json,.mlobs.json}' }, { globPattern: `**/*.{${exts.join(',')}}` }],
      }).catch(() => undefined);
    }
    void (async () => {
      if (!(await settingsFor(folders[0])).scanOnStartup || !folders.length) return;
      await scanWorkspace();
    })().catch(() => undefined);
  });

  /** The settings (sections mlobs and files, per folder) as last read, to tell a real change from a repeated event. */
  let settingsSeen: string | undefined;
  const readSettings = async () => JSON.stringify(canPullSettings
    ? await connection.workspace.getConfiguration(['', ...folders].flatMap(f => ['mlobs', 'files'].map(section => ({ scopeUri: f ? pathToFileURL(f).toString() : undefined, section })))).catch(() => null)
    : initialSettings);

  connection.onDidChangeConfiguration(change => {
    // a client that pushes its settings (no `workspace/configuration`) sends them here
    if (!canPullSettings && change.settings !== undefined && change.settings !== null) initialSettings = change.settings;
    // an editor can report one change twice (its memory, then its settings file): a reload (which shows a bad
    // setting's warning again) only when the settings did change
    settingsReads++;
    void readSettings().then(now => {
      if (now === settingsSeen) return;
      settingsSeen = now;
      reloadSoon('settings changed');
    }).finally(() => { settingsReads--; });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    // a config file may have changed: read everything again; a source file: rescan (open ones are analysed live)
    if (changes.some(c => /(^|\/)\.?mlobs\.json$/.test(c.uri))) { reloadSoon('a config file changed'); return; }
    const counts = (uri: string) => { const p = fsPathOf(uri); return !!p && !isOpenFile(p) && !p.split(path.sep).some(seg => SKIP_DIRS.has(seg)); };
    if (changes.some(c => counts(c.uri))) rescanSoon();
  });

  connection.onDidOpenTextDocument(({ textDocument: t }) => {
    docs.open(t.uri, t.languageId, t.version, t.text);
    schedule(t.uri, 0);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    if (!docs.change(textDocument.uri, textDocument.version, contentChanges)) return;
    const fsPath = fsPathOf(textDocument.uri);
    void settingsFor(fsPath).then(s => { if (s.run === 'onType') schedule(textDocument.uri, debounceFor(textDocument.uri)); });
  });

  connection.onDidSaveTextDocument(({ textDocument }) => {
    const fsPath = fsPathOf(textDocument.uri);
    // a saved mlobs.json changes the config of every file under it
    if (fsPath && /^\.?mlobs\.json$/.test(path.basename(fsPath))) { reloadSoon(`${shortPath(fsPath)} saved`); return; }
    void settingsFor(fsPath).then(s => { if (s.run === 'onSave') schedule(textDocument.uri, 0); });
    // what other files learn from this one (its exports, its recording functions, its service facts) is read from disk
    // by the scan: a saved module is read again, and the open files that import it are analysed again after it
    if (fsPath) rescanSoon();
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    const uri = textDocument.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    docs.close(uri);
    live.close(uri);
    states.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    void connection.sendNotification('mlobs/coverageChanged', { uri });
    // its file on disk may differ from what was shown: the scan's result for it is read again
    if (fsPathOf(uri)) rescanSoon();
  });

  notebooks.onDidOpen(nb => schedule(nb.uri, 0));
  notebooks.onDidChange(({ notebookDocument: nb }) => {
    void settingsFor(fsPathOf(nb.uri)).then(s => { if (s.run === 'onType') schedule(nb.uri, debounceFor(notebookRuns.get(nb.uri)?.cells[0] ?? nb.uri)); });
  });
  notebooks.onDidSave(nb => { void settingsFor(fsPathOf(nb.uri)).then(s => { if (s.run === 'onSave') schedule(nb.uri, 0); }); });
  notebooks.onDidClose(nb => {
    clearTimeout(timers.get(nb.uri));
    timers.delete(nb.uri);
    for (const cell of notebookRuns.get(nb.uri)?.cells ?? []) { states.delete(cell); void connection.sendDiagnostics({ uri: cell, diagnostics: [] }); }
    notebookRuns.delete(nb.uri);
    void connection.sendNotification('mlobs/coverageChanged', { uri: nb.uri });
    if (fsPathOf(nb.uri)) rescanSoon();
  });
  notebooks.listen(connection);

  connection.onCodeAction(async params => {
    try { return await codeActions(params); } catch (err) {
      failed('code actions', params.textDocument.uri, err);
      return [];
    }
  });

  connection.onHover(async ({ textDocument, position }) => {
    const s = await current(textDocument.uri).catch(() => undefined);
    const point = s && pointAt(s.result, position);
    if (!s || !point) return null;
    const e = engine();
    return hoverOf(point, textDocument.uri, s.resolved.config.requiredFacets, e.INFERENCE_FACET_IDS, label, ruleDocs);
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command !== MARK_INFERENCE_COMMAND || !args || args.length < 3) return null;
    try {
      const file = await markInference(args[0] as string, args[1] as KnowledgeAddition, args[2] as string);
      void connection.window.showInformationMessage(`mlobs: ${args[2]} is now an inference point (knowledge in ${shortPath(file)}).`);
      return { file };
    } catch (err) {
      void connection.window.showErrorMessage(`mlobs: could not mark ${args[2]}: ${(err as Error).message}`);
      return null;
    }
  });

  connection.onRequest('mlobs/scan', (_params, token) => scanWorkspace(token));
  connection.onRequest('mlobs/coverage', () => coverage());
  connection.onRequest('mlobs/reload', () => reload('reload requested'));
  connection.onRequest('mlobs/idle', () => idle());
  /** Where knowledge for a file goes: the config file in force (undefined: none yet), its workspace folder, and its first problem. */
  connection.onRequest('mlobs/configFile', async ({ uri }: { uri: string }) => {
    const fsPath = fsPathOf(uri);
    if (!fsPath) return null;
    const resolved = configFor(fsPath, await settingsFor(fsPath));
    const problem = resolved.problems.find(p => path.isAbsolute(p.file));
    return { file: resolved.rawFile !== SETTINGS_SOURCE ? resolved.rawFile : undefined, folder: folderOf(fsPath), problem: problem && { file: problem.file, problem: problem.problem } };
  });
  /** An open document's (or cell's) current analysis as the engine gives it (the CLI's JSON for that file). */
  connection.onRequest('mlobs/analysis', async ({ uri }: { uri: string }) => {
    const s = await current(uri);
    return s ? { version: s.version, result: s.result, ms: s.ms } : null;
  });

  connection.onShutdown(async () => {
    clearInterval(pollTimer);
    clearTimeout(reloadTimer);
    clearTimeout(rescanTimer);
    for (const t of timers.values()) clearTimeout(t);
    live.dispose();
    await scanner.dispose();
  });

  connection.listen();
}
