/**
 * Coverage arithmetic for the sidebar, the status bar and hovers, over the engine's results for many
 * files. Pure (no `vscode` import), unit-tested on Node.
 */
import type { FileResult, NotebookMap, PointResult } from '../engine';

/** What the views keep of one analysed file. */
export interface FileCoverage {
  /** Key of the file (a URI string in the extension). */
  key: string;
  points: PointResult[];
  /** Facets required by the config this file was analysed with. */
  required: string[];
  /** The ML libraries an *unrecognised* file imports: it uses one, yet no inference point or load was found in it. */
  unrecognised?: string[];
  /** A notebook file from the workspace scan: its points are at program lines, this maps them to cells. */
  notebook?: NotebookMap;
}

export type CheckState = 'covered' | 'missing' | 'waived' | 'not-required';

export interface CheckRow { facet: string; state: CheckState; evidence?: PointResult['facets'][string]['evidence']; waivedReason?: string; note?: string }

/** One row per catalog facet the point was checked for: required ones first, in catalog order. */
export function checklist(point: PointResult, required: readonly string[], facetOrder: readonly string[]): CheckRow[] {
  const rows: CheckRow[] = [];
  for (const facet of facetOrder) {
    const v = point.facets[facet];
    if (!v) continue;
    const state: CheckState = v.covered ? 'covered' : !required.includes(facet) ? 'not-required' : v.waived ? 'waived' : 'missing';
    rows.push({ facet, state, evidence: v.evidence, waivedReason: v.waived, note: v.note });
  }
  const rank = (r: CheckRow) => (required.includes(r.facet) ? 0 : 1);
  return rows.sort((a, b) => rank(a) - rank(b));
}

export interface FacetTotals { facet: string; covered: number; total: number; waived: number; missing: { key: string; index: number }[] }

/**
 * Per facet, over every inference point whose config requires it: how many record it. Waived facets
 * are counted apart and left out of the total: a waiver says the facet is not needed there.
 */
export function facetTotals(files: Iterable<FileCoverage>, facetOrder: readonly string[]): FacetTotals[] {
  const totals = new Map(facetOrder.map(f => [f, { facet: f, covered: 0, total: 0, waived: 0, missing: [] as { key: string; index: number }[] }]));
  const used = new Set<string>();
  for (const file of files) {
    file.points.forEach((p, index) => {
      for (const facet of file.required) {
        const t = totals.get(facet), v = p.facets[facet];
        if (!t || !v) continue;
        used.add(facet);
        if (v.covered) { t.covered++; t.total++; }
        else if (v.waived) t.waived++;
        else { t.total++; t.missing.push({ key: file.key, index }); }
      }
    });
  }
  return facetOrder.filter(f => used.has(f)).map(f => totals.get(f)!);
}

export interface Overall {
  covered: number; total: number; percent: number | undefined; points: number; files: number;
  /** Files that import an ML library where nothing was recognised: not in the percentage, shown beside it. */
  unrecognised: number;
}

/** The status bar figure: required (not waived) facets recorded, as a share of all such facet checks. */
export function overall(files: Iterable<FileCoverage>, facetOrder: readonly string[]): Overall {
  const list = [...files];
  const t = facetTotals(list, facetOrder);
  const covered = t.reduce((n, x) => n + x.covered, 0), total = t.reduce((n, x) => n + x.total, 0);
  const withPoints = list.filter(f => f.points.length);
  return {
    covered, total, percent: total ? Math.round((100 * covered) / total) : undefined,
    points: withPoints.reduce((n, f) => n + f.points.length, 0), files: withPoints.length,
    unrecognised: list.filter(f => f.unrecognised).length,
  };
}

/** The parts of a FileResult the views need, so results kept for a whole workspace stay small. */
export function toFileCoverage(key: string, result: FileResult, required: readonly string[]): FileCoverage {
  const unrecognised = !result.skipped && result.mlLibraries?.length && !result.inferencePoints.length && !result.modelLoads.length ? [...result.mlLibraries] : undefined;
  return { key, points: result.inferencePoints, required: [...required], ...(unrecognised ? { unrecognised } : {}), ...(result.notebook ? { notebook: result.notebook } : {}) };
}

/** A point's required facets covered, as "4/6". */
export function pointScore(point: PointResult, required: readonly string[]): { covered: number; total: number } {
  let covered = 0, total = 0;
  for (const f of required) {
    const v = point.facets[f];
    if (!v || (!v.covered && v.waived)) continue;
    total++;
    if (v.covered) covered++;
  }
  return { covered, total };
}

/**
 * Files in the order to work on them: most required facet checks missing first, then the lowest share recorded,
 * then by name. (Alphabetical put a well-covered `api.py` above the service that records nothing.)
 */
export function worstFirst<T extends FileCoverage>(files: readonly T[]): T[] {
  const scored = files.map(f => {
    const s = f.points.map(p => pointScore(p, f.required)).reduce((a, b) => ({ covered: a.covered + b.covered, total: a.total + b.total }), { covered: 0, total: 0 });
    return { f, missing: s.total - s.covered, share: s.total ? s.covered / s.total : 1 };
  });
  return scored.sort((a, b) => b.missing - a.missing || a.share - b.share || a.f.key.localeCompare(b.f.key)).map(x => x.f);
}
