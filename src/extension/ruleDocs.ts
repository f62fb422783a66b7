/**
 * Rule docs as a rendered, read-only page. A diagnostic's code link (and the hover's rule link) points at
 * `mlobs-docs:/mlobs-rules/MLO001.md`: a read-only file system serves the docs shipped in the extension, and a
 * read-only custom editor, the default for exactly those paths, renders the markdown with VS Code's own
 * renderer (the built-in markdown extension's `markdown.api.render`) in a webview without scripts. VS Code
 * opens a code link through its opener, which refuses `command:` links, so the page is reached as a resource.
 * *Reopen Editor With… › Text Editor* still shows the source, read-only.
 */
import * as vscode from 'vscode';

export const DOCS_SCHEME = 'mlobs-docs';
export const RULE_DOC_VIEW = 'mlobs.ruleDoc';

/** Where a rule's page is: the custom editor's file pattern (package.json) matches this path only. */
export const ruleDocUri = (code: string) => vscode.Uri.from({ scheme: DOCS_SCHEME, path: `/mlobs-rules/${code}.md` });

/** Serves docs/rules/*.md from the installed extension, read-only. */
class RuleDocsFileSystem implements vscode.FileSystemProvider {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(private readonly folder: vscode.Uri) {}

  private source(uri: vscode.Uri): vscode.Uri {
    const m = /^\/mlobs-rules\/(MLO\d{3})\.md$/.exec(uri.path);
    if (!m) throw vscode.FileSystemError.FileNotFound(uri);
    return vscode.Uri.joinPath(this.folder, `${m[1]}.md`);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    if (uri.path === '/' || uri.path === '/mlobs-rules') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0, permissions: vscode.FilePermission.Readonly };
    const s = await vscode.workspace.fs.stat(this.source(uri));
    return { ...s, permissions: vscode.FilePermission.Readonly };
  }

  readFile(uri: vscode.Uri): Thenable<Uint8Array> { return vscode.workspace.fs.readFile(this.source(uri)); }

  readDirectory(): [string, vscode.FileType][] { return []; }
  watch(): vscode.Disposable { return new vscode.Disposable(() => undefined); }
  createDirectory(uri: vscode.Uri): never { throw vscode.FileSystemError.NoPermissions(uri); }
  writeFile(uri: vscode.Uri): never { throw vscode.FileSystemError.NoPermissions(uri); }
  delete(uri: vscode.Uri): never { throw vscode.FileSystemError.NoPermissions(uri); }
  rename(uri: vscode.Uri): never { throw vscode.FileSystemError.NoPermissions(uri); }
}

/** Renders a rule's markdown into a webview; the last rendered page is kept for the integration tests. */
class RuleDocEditor implements vscode.CustomReadonlyEditorProvider {
  lastRendered: { uri: string; html: string } | undefined;

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = { enableScripts: false, enableCommandUris: false };
    const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
    let body: string;
    try {
      body = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    } catch {
      // the built-in markdown extension disabled: the text, escaped
      body = `<pre>${markdown.replace(/[&<>]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)}</pre>`;
    }
    const code = /MLO\d{3}/.exec(document.uri.path)?.[0] ?? 'rule';
    panel.title = `mlobs ${code}`;
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);max-width:52em;padding:0 1.5em;line-height:1.5}
code,pre{font-family:var(--vscode-editor-font-family)}pre{background:var(--vscode-textCodeBlock-background);padding:.6em;overflow-x:auto}
table{border-collapse:collapse}td,th{border:1px solid var(--vscode-panel-border);padding:.2em .5em}</style></head>
<body>${body}</body></html>`;
    panel.webview.html = html;
    this.lastRendered = { uri: document.uri.toString(), html };
  }
}

export function registerRuleDocs(extensionUri: vscode.Uri): { editor: RuleDocEditor; disposables: vscode.Disposable[] } {
  const editor = new RuleDocEditor();
  return {
    editor,
    disposables: [
      vscode.workspace.registerFileSystemProvider(DOCS_SCHEME, new RuleDocsFileSystem(vscode.Uri.joinPath(extensionUri, 'docs', 'rules')), { isReadonly: true }),
      vscode.window.registerCustomEditorProvider(RULE_DOC_VIEW, editor, { supportsMultipleEditorsPerDocument: true }),
    ],
  };
}
