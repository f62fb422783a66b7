/**
 * The mlobs language server: the engine behind the Language Server Protocol, for any editor with an LSP
 * client (`mlobs server --stdio`). Diagnostics on open and as the user types (incremental edits reparse
 * only what changed), quick fixes and `source.fixAll.mlobs`, the facet checklist on hover, a workspace scan
 * in a worker thread, and custom requests for the coverage data (`mlobs/scan`, `mlobs/coverage`).
 * An adapter: every finding, edit and word comes from the engine and the shared presentation helpers.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeAction, CodeActionKind, CodeActionParams, CodeActionTriggerKind, Connection, DidChangeConfigurationNotification, InitializeParams,
  InitializeResult, MessageType, ShowMessageRequestParams, TextDocumentSyncKind,
} from 'vscode-languageserver';
import type { FileResult, Fix } from '../engine';
import { addKnowledge, ConfigResolver, excludedBy, KnowledgeAddition, Resolved, SETTINGS_SOURCE } from '../extension/configs';
import { FileCoverage, overall, toFileCoverage, worstFirst } from '../extension/coverage';
import { engine } from '../extension/engine';
import { fixAllEdits, selectFixAll } from '../extension/fixes';
import { LiveAnalysis } from '../extension/liveAnalysis';
import { normaliseSettings, Settings, SETTING_KEYS } from '../extension/settings';
import { findingOf, FIX_ALL_KIND, hoverOf, MARK_INFERENCE_KIND, pointAt, quickFix, toDiagnostics, workspaceEdit } from './convert';
import { OpenDocuments } from './openDocuments';
import { ScanSummary, WorkspaceScan } from './workspaceScan';

const DEBOUNCE_MS = 300;
/** The server's command behind "Mark as inference point" (arguments: document URI, knowledge, the call as written). */
export const MARK_INFERENCE_COMMAND = 'mlobs.server.markInference';
const EXT: Record<string, string> = { python: '.py', typescript: '.ts', javascript: '.js', typescriptreact: '.tsx', javascriptreact: '.jsx', tsx: '.tsx', jsx: '.jsx' };

/** The state of one open document's last analysis. */
interface Analysed {
  version: number;
  generation: number;
  text: string;
  result: FileResult;
  resolved: Resolved;
  settings: Settings;
  fixes(): Fix[];
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
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const configs = new ConfigResolver();
  const docs = new OpenDocuments();
  const live = new LiveAnalysis();
  const states = new Map<string, Analysed>();
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Map<string, Promise<Analysed | undefined>>();
  const settingsCache = new Map<string, Settings>();
  const shown = new Set<string>();
  let folders: string[] = [];
  let generation = 0;
  let canPullSettings = false, canShowDocument = false, canProgress = false;
  let initialSettings: unknown;
  /** Wait after an edit before analysing (`initializationOptions.debounceMs`; 0 in the latency benchmark). */
  let debounceMs = DEBOUNCE_MS;
  let scannedOnce = false;
  const rulesDir = path.join(options.distDir, '..', 'docs', 'rules');
  const ruleDocs = (code: string) => (fs.existsSync(path.join(rulesDir, `${code}.md`)) ? pathToFileURL(path.join(rulesDir, `${code}.md`)).toString() : undefined);
  const label = (id: string) => engine().facetById(id)?.label ?? id;
  const scanner = new WorkspaceScan(path.join(options.distDir, 'worker.js'), configs, fsPath => cachedSettings(folderOf(fsPath)));

  const log = (message: string) => connection.console.log(message);
  const fsPathOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);
  const folderOf = (fsPath: string | undefined) =>
    fsPath ? folders.filter(f => fsPath === f || fsPath.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0] : undefined;

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
    connection.console.warn(message);
    const action = file && canShowDocument ? { title: `Open ${path.basename(file)}` } : undefined;
    const params: ShowMessageRequestParams = { type: MessageType.Warning, message, actions: action ? [action] : undefined };
    connection.sendRequest('window/showMessageRequest', params).then(choice => {
      if (choice && file) void connection.window.showDocument({ uri: pathToFileURL(file).toString(), takeFocus: true });
    }, () => undefined);
  }

  function configFor(fsPath: string | undefined, settings: Settings): Resolved {
    const folder = folderOf(fsPath);
    const resolved = configs.resolve(fsPath ? path.dirname(fsPath) : folder, folder, settings);
    for (const p of resolved.problems) {
      warnOnce(`mlobs: configuration error in ${p.file}: ${p.problem}. Analysis continues with the default configuration.`, path.isAbsolute(p.file) ? p.file : undefined);
    }
    return resolved;
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      current(uri).catch(err => connection.console.error(`analysis of ${uri} failed: ${(err as Error).stack ?? err}`));
    }, delay));
  }

  /** The analysis of the document's current version: the one already made, the one running, or a new one. */
  async function current(uri: string): Promise<Analysed | undefined> {
    const open = docs.get(uri);
    if (!open) return undefined;
    const s = states.get(uri);
    if (s && s.version === open.doc.version && s.generation === generation) return s;
    // one analysis per document at a time: a newer version waits for the running one, then goes
    const before = running.get(uri);
    const p: Promise<Analysed | undefined> = (before?.catch(() => undefined) ?? Promise.resolve()).then(() => analyse(uri))
      .finally(() => { if (running.get(uri) === p) running.delete(uri); });
    running.set(uri, p);
    return p;
  }

  async function analyse(uri: string): Promise<Analysed | undefined> {
    const open = docs.get(uri);
    if (!open) return undefined;
    const version = open.doc.version, gen = generation;
    const existing = states.get(uri);
    if (existing && existing.version === version && existing.generation === gen) return existing;
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
      version, generation: gen, text, result, resolved, settings,
      fixes: () => (fixes ??= e.computeFixes(enginePath, text, result, resolved.config, lookup())),
    };
    states.set(uri, state);
    const diagnostics = toDiagnostics(result, { uri, version, lines: text.split('\n'), required: resolved.config.requiredFacets, ruleDocs, label });
    void connection.sendDiagnostics({ uri, version, diagnostics });
    log(`analysed ${enginePath} v${version}: ${result.inferencePoints.length} inference points, ${result.findings.length} findings in ${ms.toFixed(1)} ms`);
    for (const note of result.errors) log(`  ${enginePath}${note.line !== undefined ? `:${note.line + 1}` : ''}: ${note.message}`);
    void connection.sendNotification('mlobs/coverageChanged', { uri });
    return state;
  }

  function fixesOf(uri: string, s: Analysed): Fix[] {
    try { return s.fixes(); } catch (err) {
      // fixes are an extra: a failure must not take the code actions down; it is logged for a bug report
      connection.console.error(`computing fixes for ${uri} failed: ${(err as Error).stack ?? err}`);
      return [];
    }
  }

  async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = params.textDocument.uri;
    const s = await current(uri);
    // edits are positioned in the analysed text: never offer them for another version
    if (!s || docs.get(uri)?.doc.version !== s.version) return [];
    const fixes = fixesOf(uri, s);
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some(o => kind === o || kind.startsWith(`${o}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const d of params.context.diagnostics) {
        const finding = findingOf(d, s.version, s.result);
        if (finding === undefined) continue;
        for (const fix of fixes.filter(f => f.findingIndex === finding)) actions.push(quickFix(uri, s.version, fix, d));
      }
    }
    // fix-all only when asked for by kind, like other linters; an invoked request is the user's explicit
    // request for it, an automatic one (on save) applies instrumentation only with the opt-in
    if (only?.some(o => o === FIX_ALL_KIND || FIX_ALL_KIND.startsWith(`${o}.`))) {
      const explicit = params.context.triggerKind !== CodeActionTriggerKind.Automatic;
      const chosen = selectFixAll(fixes, explicit || s.settings.fixAllIncludeInstrumentation);
      if (chosen.length) actions.push({ title: `mlobs: apply ${chosen.length} fix${chosen.length === 1 ? '' : 'es'}`, kind: FIX_ALL_KIND, edit: workspaceEdit(uri, s.version, fixAllEdits(chosen)) });
    }
    // Mark as inference point: asked for explicitly only (never the automatic lightbulb: it is offered on any call the
    // engine can name), on a call that is not a point yet; the command writes the knowledge into mlobs.json
    if (params.context.triggerKind === CodeActionTriggerKind.Invoked && wants(MARK_INFERENCE_KIND) && !s.result.skipped) {
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
    reanalyseAll();
    return file;
  }

  function reanalyseAll(): void {
    generation++;
    settingsCache.clear();
    configs.invalidate();
    shown.clear();
    for (const d of docs.all()) schedule(d.doc.uri, 0);
  }

  async function scanWorkspace(): Promise<ScanSummary> {
    const progress = canProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('mlobs: scanning the workspace', 0, 'listing files…');
    try {
      // the editor's files.exclude, per folder, as the VS Code extension honours it (when the client can say)
      const exclude = new Map<string, unknown>();
      if (canPullSettings) {
        const answers = await connection.workspace.getConfiguration(folders.map(f => ({ scopeUri: pathToFileURL(f).toString(), section: 'files' }))).catch(() => []);
        folders.forEach((f, i) => exclude.set(f, (answers[i] as { exclude?: unknown } | null)?.exclude));
      }
      const excluded = (fsPath: string) => { const f = folderOf(fsPath); return !!f && excludedBy(exclude.get(f), f, fsPath); };
      const summary = await scanner.scan(folders, fsPath => !!docs.get(pathToFileURL(fsPath).toString()), (done, total) =>
        progress?.report(Math.round((100 * done) / total), `${done}/${total} files`), excluded);
      scannedOnce = true;
      log(`scanned the workspace: ${summary.files} files (and ${summary.open} open in the editor), ${summary.points} inference points, ${summary.findings} findings in ${summary.ms.toFixed(0)} ms`);
      void connection.sendNotification('mlobs/coverageChanged', {});
      // open documents see the project's modules now
      generation++;
      for (const d of docs.all()) schedule(d.doc.uri, 0);
      return summary;
    } finally { progress?.done(); }
  }

  function coverage(): CoverageResponse {
    const files: CoverageResponse['files'] = [];
    const openPaths = new Set<string>();
    for (const [uri, s] of states) {
      if (!docs.get(uri)) continue;
      const fsPath = fsPathOf(uri);
      if (fsPath) openPaths.add(fsPath);
      files.push({ ...toFileCoverage(uri, s.result, s.resolved.config.requiredFacets), uri, findings: s.result.findings.length });
    }
    for (const f of scanner.files.values()) {
      if (openPaths.has(f.fsPath)) continue;
      const uri = pathToFileURL(f.fsPath).toString();
      files.push({ ...toFileCoverage(uri, f.result, f.required), uri, findings: f.result.findings.length });
    }
    return { files: worstFirst(files), overall: overall(files, engine().INFERENCE_FACET_IDS), scanned: scannedOnce };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const wsFolders = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = wsFolders.map(u => fsPathOf(u)).filter((p): p is string => !!p);
    canPullSettings = !!params.capabilities.workspace?.configuration;
    canShowDocument = !!params.capabilities.window?.showDocument?.support;
    canProgress = !!params.capabilities.window?.workDoneProgress;
    const init = params.initializationOptions as { settings?: unknown; debounceMs?: unknown } | undefined;
    initialSettings = init?.settings ?? init;
    if (typeof init?.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, MARK_INFERENCE_KIND] },
        executeCommandProvider: { commands: [MARK_INFERENCE_COMMAND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'mlobs', version: options.version },
    };
  });

  connection.onInitialized(() => {
    if (canPullSettings) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mlobs' }).catch(() => undefined);
    void (async () => {
      if (!(await settingsFor(folders[0])).scanOnStartup || !folders.length) return;
      await scanWorkspace();
    })().catch(err => connection.console.error(`workspace scan failed: ${(err as Error).stack ?? err}`));
  });

  connection.onDidChangeConfiguration(change => {
    // a client that pushes its settings (no `workspace/configuration`) sends them here
    if (!canPullSettings && change.settings !== undefined && change.settings !== null) initialSettings = change.settings;
    reanalyseAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    // a config file may have changed: read everything again
    reanalyseAll();
  });

  connection.onDidOpenTextDocument(({ textDocument: t }) => {
    docs.open(t.uri, t.languageId, t.version, t.text);
    schedule(t.uri, 0);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    if (!docs.change(textDocument.uri, textDocument.version, contentChanges)) return;
    const fsPath = fsPathOf(textDocument.uri);
    void settingsFor(fsPath).then(s => { if (s.run === 'onType') schedule(textDocument.uri, debounceMs); });
  });

  connection.onDidSaveTextDocument(({ textDocument }) => {
    const fsPath = fsPathOf(textDocument.uri);
    // a saved mlobs.json changes the config of every file under it
    if (fsPath && /^\.?mlobs\.json$/.test(path.basename(fsPath))) { reanalyseAll(); return; }
    void settingsFor(fsPath).then(s => { if (s.run === 'onSave') schedule(textDocument.uri, 0); });
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    const uri = textDocument.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    docs.close(uri);
    live.close(uri);
    states.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onCodeAction(async params => {
    try { return await codeActions(params); } catch (err) {
      connection.console.error(`code actions for ${params.textDocument.uri} failed: ${(err as Error).stack ?? err}`);
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
      void connection.window.showInformationMessage(`mlobs: ${args[2]} is now an inference point (knowledge in ${file}).`);
      return { file };
    } catch (err) {
      void connection.window.showErrorMessage(`mlobs: could not mark ${args[2]}: ${(err as Error).message}`);
      return null;
    }
  });

  connection.onRequest('mlobs/scan', () => scanWorkspace());
  connection.onRequest('mlobs/coverage', () => coverage());

  connection.onShutdown(async () => {
    for (const t of timers.values()) clearTimeout(t);
    live.dispose();
    await scanner.dispose();
  });

  connection.listen();
}
