/**
 * The language server's view of the project's services (MLO006 and the sidebar's Services section): the same project
 * step as the CLI's (`servicesOf` over every file's service facts), over the workspace scan's results overlaid with the
 * open documents' live ones. Manifests and deployment files are read again after each scan; between scans a change in an
 * open file's service facts (an OTel `Resource` added to `telemetry.py`) recomputes the services from what is known.
 * Before the first scan only open files are known: every service is then partial, shown but not reported.
 */
import * as path from 'node:path';
import type { Finding, FileResult, ResolvedConfig, ServiceOptions, ServiceResult } from '../engine';
import { engine } from '../extension/engine';
import { markPartial, serviceInputs } from '../cli/services';

export interface KnownFile { fsPath: string; result: FileResult }

/** A service with absolute paths, for the client (the sidebar opens its entry points and evidence). */
export interface ServiceView {
  name: string;
  root: string;
  partial: boolean;
  entryPoints: { fsPath: string; line: number; kind: string }[];
  facets: Record<string, { covered: boolean; required: boolean; waived?: string; note?: string; evidence?: { fsPath: string; line: number; text: string } }>;
  missing: string[];
}

export class ServiceTracker {
  /** Per workspace folder: the file-system inputs of the last scan (manifests, deployment files), and its services. */
  private readonly inputs = new Map<string, ServiceOptions>();
  private readonly lists = new Map<string, ServiceResult[]>();
  /** MLO006 per absolute path of an entry file. */
  private findingsByFile = new Map<string, Finding[]>();

  /**
   * Recomputes one folder's services. `reread`: read manifests and deployment files again (after a scan); `complete`:
   * the whole folder has been scanned (else its services are partial).
   */
  update(folder: string, files: readonly KnownFile[], config: ResolvedConfig, opts: { reread: boolean; complete: boolean }): void {
    const e = engine();
    // paths relative to the folder, as the CLI's are relative to its root
    const results = files.filter(f => f.fsPath.startsWith(folder + path.sep))
      .map(f => ({ ...f.result, path: path.relative(folder, f.fsPath).split(path.sep).join('/') }));
    let inputs = this.inputs.get(folder);
    if (opts.reread || !inputs) this.inputs.set(folder, (inputs = serviceInputs(results, config, folder, opts.complete ? [folder] : [], e.isDeployFile)));
    else inputs = { ...inputs, declared: config.services, required: config.requiredServiceFacets, waivers: config.waivers, severity: config.severity.MLO006 ?? 'info' };
    const services = markPartial(e.servicesOf(results, inputs), folder, opts.complete ? [folder] : []);
    this.lists.set(folder, services);
    this.rebuildFindings();
  }

  forget(folder: string): void { this.inputs.delete(folder); this.lists.delete(folder); this.rebuildFindings(); }

  private rebuildFindings(): void {
    const e = engine();
    const next = new Map<string, Finding[]>();
    for (const [folder, services] of this.lists) {
      const severity = this.inputs.get(folder)?.severity ?? 'info';
      for (const s of services) {
        const f = e.serviceFinding(s, severity);
        if (!f) continue;
        const fsPath = path.join(folder, ...f.path.split('/'));
        next.set(fsPath, [...(next.get(fsPath) ?? []), f.finding]);
      }
    }
    this.findingsByFile = next;
  }

  /** MLO006 findings to show in a file (its service's first entry point is there). */
  findingsFor(fsPath: string | undefined): Finding[] {
    return fsPath ? this.findingsByFile.get(fsPath) ?? [] : [];
  }

  /** A file's result with the service findings it holds (a new object; the analysis kept is not changed). */
  withFindings(fsPath: string | undefined, result: FileResult): FileResult {
    const extra = this.findingsFor(fsPath);
    return extra.length ? { ...result, findings: engine().sortFindings([...result.findings, ...extra]) } : result;
  }

  views(): ServiceView[] {
    const out: ServiceView[] = [];
    for (const [folder, services] of this.lists) for (const s of services) {
      const abs = (p: string) => path.join(folder, ...p.split('/'));
      out.push({
        name: s.name, root: abs(s.root), partial: !!s.partial, missing: s.missing,
        entryPoints: s.entryPoints.map(x => ({ fsPath: abs(x.path), line: x.line, kind: x.kind })),
        facets: Object.fromEntries(Object.entries(s.facets).map(([id, v]) => [id, {
          covered: v.covered, required: v.required, ...(v.waived ? { waived: v.waived } : {}), ...(v.note ? { note: v.note } : {}),
          ...(v.evidence ? { evidence: { fsPath: abs(v.evidence.path), line: v.evidence.line, text: v.evidence.text } } : {}),
        }])),
      });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name) || a.root.localeCompare(b.root));
  }
}
