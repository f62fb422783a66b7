/**
 * The sidebar: the Coverage tree (facets with covered/total and the points missing each; then
 * Files → inference point → facet checklist) and the Catalog tree (what each facet records and why).
 * Both read the CoverageStore, which holds the workspace scan's results overlaid with open documents'.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NotebookMap, PointResult } from '../engine';
import { checklist, CheckRow, FileCoverage, facetTotals, overall, Overall, pointScore, worstFirst } from './coverage';
import { engine } from './engine';
import { shortName } from './notebooks';
import { MARK } from './present';
import type { ServiceView } from '../server/services';

/** File results for the whole workspace, as the language server reports them (open documents live, the rest from its scan). */
export class CoverageStore implements vscode.Disposable {
  private all = new Map<string, FileCoverage>();
  private serviceList: ServiceView[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  private pending: NodeJS.Timeout | undefined;
  /** Fires (at most every 150 ms) when any file's coverage changed. */
  readonly onDidChange = this.changed.event;

  /** The server's answer replaces everything known. */
  replace(files: readonly FileCoverage[], services: readonly ServiceView[] = []): void {
    const next = new Map(files.map(f => [f.key, f]));
    if (JSON.stringify([...next]) === JSON.stringify([...this.all]) && JSON.stringify(services) === JSON.stringify(this.serviceList)) return;
    this.all = next;
    this.serviceList = [...services];
    this.fire();
  }

  /** The project's services (the server's project step), by name. */
  services(): ServiceView[] { return this.serviceList; }

  files(): FileCoverage[] {
    return [...this.all.values()].sort((a, b) => a.key.localeCompare(b.key));
  }

  get(key: string): FileCoverage | undefined { return this.all.get(key); }

  overall(): Overall {
    const files = this.files();
    // Nothing analysed yet (as at activation): answer without loading the engine's catalog.
    return files.length ? overall(files, engine().INFERENCE_FACET_IDS) : { covered: 0, total: 0, percent: undefined, points: 0, files: 0, unrecognised: 0 };
  }

  private fire(): void {
    this.pending ??= setTimeout(() => { this.pending = undefined; this.changed.fire(); }, 150);
  }

  dispose(): void { clearTimeout(this.pending); this.changed.dispose(); }
}

export type CoverageNode =
  | { kind: 'facet'; facet: string }
  | { kind: 'files' }
  | { kind: 'file'; key: string }
  | { kind: 'unrecognised' }
  | { kind: 'unrecognised-file'; key: string }
  | { kind: 'point'; key: string; index: number; parent: 'facet' | 'file' }
  | { kind: 'services' }
  | { kind: 'service'; index: number }
  | { kind: 'service-facet'; index: number; facet: string }
  | { kind: 'check'; key: string; index: number; row: CheckRow };

const label = (facet: string) => engine().facetById(facet)?.label ?? facet;
const uriOf = (key: string) => vscode.Uri.parse(key);

/** A command that opens a file with the given 0-based range selected (in a scanned notebook: the cell that holds it). */
export function revealCommand(key: string, range: PointResult['range'] | number, notebook?: NotebookMap): vscode.Command {
  const r = typeof range === 'number' ? { start: { line: range, col: 0 }, end: { line: range, col: 0 } } : range;
  if (notebook) {
    const at = inCell(notebook, r.start.line), end = r.end.line - (r.start.line - at.line);
    return { command: 'mlobs.revealNotebookCell', title: 'Reveal', arguments: [key, at.cell - 1, at.line, r.start.col, end, r.end.col] };
  }
  return { command: 'vscode.open', title: 'Reveal', arguments: [uriOf(key), { selection: new vscode.Range(r.start.line, r.start.col, r.end.line, r.end.col), preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
}

/** A program line of a scanned notebook as the user finds it: the cell (1-based, among all cells) and the line in it. */
export function inCell(map: NotebookMap, line: number): { cell: number; line: number } {
  const c = map.cells[engine().cellAt(map, line)];
  return { cell: c.cell, line: line - c.start };
}

/** "line 3", or in a scanned notebook "cell 4, line 3". */
const lineLabel = (f: FileCoverage, line: number) => {
  if (!f.notebook) return `line ${line + 1}`;
  const at = inCell(f.notebook, line);
  return `cell ${at.cell}, line ${at.line + 1}`;
};

export class CoverageTree implements vscode.TreeDataProvider<CoverageNode> {
  private readonly changed = new vscode.EventEmitter<CoverageNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: CoverageStore) {
    store.onDidChange(() => this.changed.fire(undefined));
  }

  refresh(): void { this.changed.fire(undefined); }

  getChildren(node?: CoverageNode): CoverageNode[] {
    const files = this.store.files();
    if (!node) {
      // files where nothing was recognised come last, apart from the coverage: the engine may be missing their predictions
      const unrecognised: CoverageNode[] = files.some(f => f.unrecognised) ? [{ kind: 'unrecognised' }] : [];
      // Empty when there is nothing to show, so the view's welcome content appears instead.
      if (!files.some(f => f.points.length)) return unrecognised;
      const services: CoverageNode[] = this.store.services().length ? [{ kind: 'services' }] : [];
      return [...facetTotals(files, engine().INFERENCE_FACET_IDS).map(t => ({ kind: 'facet' as const, facet: t.facet })), { kind: 'files' }, ...services, ...unrecognised];
    }
    if (node.kind === 'services') return this.store.services().map((_, index) => ({ kind: 'service', index }));
    if (node.kind === 'service') return Object.keys(this.store.services()[node.index]?.facets ?? {}).map(facet => ({ kind: 'service-facet', index: node.index, facet }));
    if (node.kind === 'unrecognised') return files.filter(f => f.unrecognised).map(f => ({ kind: 'unrecognised-file', key: f.key }));
    if (node.kind === 'facet') {
      const t = facetTotals(files, engine().INFERENCE_FACET_IDS).find(x => x.facet === node.facet);
      return (t?.missing ?? []).map(m => ({ kind: 'point', key: m.key, index: m.index, parent: 'facet' }));
    }
    if (node.kind === 'files') return worstFirst(files.filter(f => f.points.length)).map(f => ({ kind: 'file', key: f.key }));
    if (node.kind === 'file') return (this.store.get(node.key)?.points ?? []).map((_, index) => ({ kind: 'point', key: node.key, index, parent: 'file' }));
    if (node.kind === 'point' && node.parent === 'file') {
      const f = this.store.get(node.key), p = f?.points[node.index];
      return p ? checklist(p, f.required, engine().INFERENCE_FACET_IDS).map(row => ({ kind: 'check', key: node.key, index: node.index, row })) : [];
    }
    return [];
  }

  getTreeItem(node: CoverageNode): vscode.TreeItem {
    const None = vscode.TreeItemCollapsibleState.None, Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    if (node.kind === 'facet') {
      const t = facetTotals(this.store.files(), engine().INFERENCE_FACET_IDS).find(x => x.facet === node.facet)!;
      const item = new vscode.TreeItem(label(node.facet), t.missing.length ? Collapsed : None);
      item.id = `facet:${node.facet}`;
      item.description = `${t.covered}/${t.total}${t.waived ? ` · ${t.waived} waived` : ''}`;
      item.tooltip = `${label(node.facet)}: recorded at ${t.covered} of ${t.total} inference points that require it. ${engine().facetById(node.facet)?.records ?? ''}`;
      item.iconPath = new vscode.ThemeIcon(t.missing.length ? 'warning' : 'pass', new vscode.ThemeColor(t.missing.length ? 'list.warningForeground' : 'testing.iconPassed'));
      item.contextValue = 'facet';
      return item;
    }
    if (node.kind === 'files') {
      const files = this.store.files().filter(f => f.points.length);
      const item = new vscode.TreeItem('Files', vscode.TreeItemCollapsibleState.Expanded);
      item.id = 'files';
      item.description = `${files.length} file${files.length === 1 ? '' : 's'}, ${files.reduce((n, f) => n + f.points.length, 0)} inference points`;
      item.iconPath = new vscode.ThemeIcon('files');
      return item;
    }
    if (node.kind === 'file') {
      const f = this.store.get(node.key)!;
      const uri = uriOf(node.key);
      const rel = vscode.workspace.asRelativePath(uri);
      const item = new vscode.TreeItem(shortName(uri), Collapsed);
      item.id = `file:${node.key}`;
      item.resourceUri = uri;
      const score = f.points.map(p => pointScore(p, f.required)).reduce((a, b) => ({ covered: a.covered + b.covered, total: a.total + b.total }), { covered: 0, total: 0 });
      item.description = `${path.dirname(rel) === '.' ? '' : path.dirname(rel) + ' · '}${score.covered}/${score.total}`;
      item.tooltip = `${rel}: ${f.points.length} inference point${f.points.length === 1 ? '' : 's'}, ${score.covered} of ${score.total} required facet checks recorded`;
      item.contextValue = 'file';
      return item;
    }
    if (node.kind === 'unrecognised') {
      const n = this.store.files().filter(f => f.unrecognised).length;
      const item = new vscode.TreeItem('Unrecognised', vscode.TreeItemCollapsibleState.Collapsed);
      item.id = 'unrecognised';
      item.description = `${n} file${n === 1 ? '' : 's'}, not counted above`;
      item.tooltip = `${n} file${n === 1 ? '' : 's'} import${n === 1 ? 's' : ''} an ML or LLM library, but no inference point or model load was recognised. `
        + 'If one serves predictions, the coverage above does not include them: teach mlobs its library (knowledge in mlobs.json) or mark the call with `# mlobs: inference`.';
      item.iconPath = new vscode.ThemeIcon('question');
      item.contextValue = 'unrecognised';
      return item;
    }
    if (node.kind === 'unrecognised-file') {
      const f = this.store.get(node.key)!;
      const uri = uriOf(node.key);
      const item = new vscode.TreeItem(shortName(uri), None);
      item.id = `unrecognised:${node.key}`;
      item.resourceUri = uri;
      item.description = `${path.dirname(vscode.workspace.asRelativePath(uri)) === '.' ? '' : path.dirname(vscode.workspace.asRelativePath(uri)) + ' · '}${(f.unrecognised ?? []).join(', ')}`;
      item.tooltip = `${vscode.workspace.asRelativePath(uri)} imports ${(f.unrecognised ?? []).join(', ')}; no inference point or model load was recognised in it`;
      item.command = revealCommand(node.key, 0);
      item.contextValue = 'unrecognised-file';
      return item;
    }
    if (node.kind === 'services') {
      const list = this.store.services();
      const item = new vscode.TreeItem('Services', vscode.TreeItemCollapsibleState.Expanded);
      item.id = 'services';
      const missing = list.filter(s => s.missing.length && !s.partial).length;
      item.description = `${list.length} service${list.length === 1 ? '' : 's'}${missing ? `, ${missing} with facets missing` : ''}`;
      item.tooltip = 'Deployment context, outcomes, upstream provenance and segment context are recorded once per service, in any of its files or its deployment files (MLO006).';
      item.iconPath = new vscode.ThemeIcon('server-process');
      return item;
    }
    if (node.kind === 'service') {
      const s = this.store.services()[node.index];
      const item = new vscode.TreeItem(s.name, Collapsed);
      item.id = `service:${s.root}:${s.name}`;
      const at = s.entryPoints[0];
      const covered = Object.values(s.facets).filter(v => v.covered).length;
      item.description = `${at ? `${vscode.workspace.asRelativePath(vscode.Uri.file(at.fsPath))}:${at.line + 1} · ` : ''}${s.partial ? 'partly scanned' : `${covered}/${Object.keys(s.facets).length} facets`}`;
      item.tooltip = `${s.name} (${vscode.workspace.asRelativePath(vscode.Uri.file(s.root))}), entry point: ${at?.kind ?? 'none'}${s.missing.length ? `; missing: ${s.missing.map(label).join(', ')}` : ''}${s.partial ? '; only part of it was scanned, so nothing is reported' : ''}`;
      item.iconPath = new vscode.ThemeIcon(s.missing.length && !s.partial ? 'warning' : 'pass', new vscode.ThemeColor(s.missing.length && !s.partial ? 'list.warningForeground' : 'testing.iconPassed'));
      if (at) item.command = revealCommand(vscode.Uri.file(at.fsPath).toString(), at.line);
      item.contextValue = 'service';
      return item;
    }
    if (node.kind === 'service-facet') {
      const s = this.store.services()[node.index], v = s.facets[node.facet];
      const state = v.covered ? 'covered' : v.waived ? 'waived' : v.required ? 'missing' : 'not-required';
      const item = new vscode.TreeItem(label(node.facet), None);
      item.id = `service-facet:${s.root}:${s.name}:${node.facet}`;
      item.description = v.covered && v.evidence ? `${vscode.workspace.asRelativePath(vscode.Uri.file(v.evidence.fsPath))}:${v.evidence.line + 1}: ${v.evidence.text}`
        : v.waived ? `waived: ${v.waived}` : v.note ?? (v.required ? 'not recorded' : 'not required');
      item.tooltip = `${MARK[state]} ${label(node.facet)}: ${item.description}${v.note && v.covered ? ` (${v.note})` : ''}`;
      item.iconPath = new vscode.ThemeIcon({ covered: 'pass', missing: 'error', waived: 'circle-slash', 'not-required': 'circle-outline' }[state]);
      if (v.evidence) item.command = revealCommand(vscode.Uri.file(v.evidence.fsPath).toString(), v.evidence.line);
      item.contextValue = `service-facet-${state}`;
      return item;
    }
    if (node.kind === 'point') {
      const f = this.store.get(node.key)!, p = f.points[node.index];
      const where = f.notebook ? `${shortName(uriOf(node.key))} · ${lineLabel(f, p.range.start.line)}` : `${shortName(uriOf(node.key))}:${p.range.start.line + 1}`;
      const score = pointScore(p, f.required);
      // named as the code writes it; what it resolves to is in the tooltip
      const written = p.text ?? p.callee;
      const item = new vscode.TreeItem(node.parent === 'facet' ? where : written, node.parent === 'file' ? Collapsed : None);
      item.id = `point:${node.parent}:${node.key}:${node.index}`;
      item.description = node.parent === 'facet' ? written : `${lineLabel(f, p.range.start.line)} · ${score.covered}/${score.total}`;
      item.tooltip = `${written} (${p.callee}) at ${vscode.workspace.asRelativePath(uriOf(node.key))}, ${lineLabel(f, p.range.start.line)}, ${score.covered} of ${score.total} required facets recorded`;
      item.iconPath = new vscode.ThemeIcon('symbol-event');
      item.command = revealCommand(node.key, p.range, f.notebook);
      item.contextValue = 'point';
      return item;
    }
    const { row } = node;
    // The icon carries the state; the hover and the description spell it out.
    const item = new vscode.TreeItem(label(row.facet), None);
    item.id = `check:${node.key}:${node.index}:${row.facet}`;
    const f = this.store.get(node.key)!;
    item.description = row.state === 'covered' ? (row.evidence ? `${lineLabel(f, row.evidence.line)}: ${row.evidence.text}` : 'recorded')
      : row.state === 'waived' ? `waived: ${row.waivedReason}` : row.state === 'missing' ? 'not recorded' : 'not required';
    item.tooltip = `${MARK[row.state]} ${label(row.facet)}: ${item.description}`;
    item.iconPath = new vscode.ThemeIcon({ covered: 'pass', missing: 'error', waived: 'circle-slash', 'not-required': 'circle-outline' }[row.state]);
    const p = f.points[node.index];
    item.command = revealCommand(node.key, row.evidence ? row.evidence.line : p.range, f.notebook);
    item.contextValue = `check-${row.state}`;
    return item;
  }

  /** For tree views: a node's parent (needed by TreeView.reveal). */
  getParent(node: CoverageNode): CoverageNode | undefined {
    if (node.kind === 'file') return { kind: 'files' };
    if (node.kind === 'unrecognised-file') return { kind: 'unrecognised' };
    if (node.kind === 'point') return node.parent === 'file' ? { kind: 'file', key: node.key } : undefined;
    if (node.kind === 'check') return { kind: 'point', key: node.key, index: node.index, parent: 'file' };
    if (node.kind === 'service') return { kind: 'services' };
    if (node.kind === 'service-facet') return { kind: 'service', index: node.index };
    return undefined;
  }
}

export type CatalogNode = { kind: 'facet'; facet: string } | { kind: 'detail'; facet: string; label: string; text: string };

/** The observability catalog, facet by facet, with the workspace's current counts. */
export class CatalogTree implements vscode.TreeDataProvider<CatalogNode> {
  private readonly changed = new vscode.EventEmitter<CatalogNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: CoverageStore) {
    store.onDidChange(() => this.changed.fire(undefined));
  }

  private count(facet: string): string {
    const files = this.store.files();
    const def = engine().facetById(facet)!;
    if (def.scope === 'service') {
      const services = this.store.services().filter(s => !s.partial);
      if (!services.length) return 'per service: no service found yet';
      const covered = services.filter(s => s.facets[facet]?.covered).length;
      return `${covered}/${services.length} service${services.length === 1 ? '' : 's'}${services.some(s => s.facets[facet]?.required) ? '' : ' · not required'}`;
    }
    const points = files.flatMap(f => f.points);
    if (!points.length) return 'no inference points found yet';
    const covered = points.filter(p => p.facets[facet]?.covered).length;
    const required = files.some(f => f.required.includes(facet));
    return `${covered}/${points.length} inference points${required ? '' : ' · not required'}`;
  }

  getChildren(node?: CatalogNode): CatalogNode[] {
    if (!node) return engine().FACETS.map(f => ({ kind: 'facet', facet: f.id }));
    if (node.kind === 'detail') return [];
    const f = engine().facetById(node.facet)!;
    return [
      { kind: 'detail', facet: f.id, label: 'Records', text: f.records },
      { kind: 'detail', facet: f.id, label: 'Uses', text: f.uses.join(', ') },
      { kind: 'detail', facet: f.id, label: 'Evidence', text: f.evidence },
      { kind: 'detail', facet: f.id, label: 'Now', text: this.count(f.id) },
    ];
  }

  getTreeItem(node: CatalogNode): vscode.TreeItem {
    if (node.kind === 'detail') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.id = `catalog:${node.facet}:${node.label}`;
      item.description = node.text;
      item.tooltip = node.text;
      return item;
    }
    const f = engine().facetById(node.facet)!;
    const item = new vscode.TreeItem(f.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `catalog:${f.id}`;
    item.description = this.count(f.id);
    const md = new vscode.MarkdownString(`**${f.label}** \`${f.id}\` — ${f.scope === 'inference' ? 'checked at each inference point' : 'per service'}\n\n${f.records}\n\n*Uses:* ${f.uses.join(', ')}\n\n*Evidence in code:* ${f.evidence}`);
    item.tooltip = md;
    item.iconPath = new vscode.ThemeIcon(f.scope === 'inference' ? 'symbol-field' : 'server-environment');
    return item;
  }
}
