import type { Range } from '../model';
import type { FacetVerdict, ErrorHandling, PredictionIdState } from '../facets';
import type { InferencePoint, ModelLoad } from '../detect';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface RuleDocs {
  whatItDoes: string;
  whyItMatters: string;
  example: string;
  useInstead: string;
  fixSafety: string;
  options: string;
}

export interface RuleMeta {
  code: string;
  name: string;
  summary: string;
  defaultSeverity: Severity;
  languages: ('python' | 'typescript' | 'javascript')[];
  /** The catalog facet the rule is about, if exactly one. */
  facet?: string;
  fix: 'none' | 'unsafe';
  /** `service`: checked across a service's files by the project step (services.ts), not per file. */
  scope?: 'file' | 'service';
}

export interface AnalysedPoint {
  point: InferencePoint;
  facets: Record<string, FacetVerdict>;
  errorHandling: ErrorHandling;
  predictionId: PredictionIdState;
}

export interface AnalysedLoad { load: ModelLoad; recorded: boolean; recordedAt?: { line: number; text: string } }

export interface RuleContext {
  points: AnalysedPoint[];
  loads: AnalysedLoad[];
  requiredFacets: string[];
  lines: string[];
}

export interface RawFinding {
  code: string;
  range: Range;
  message: string;
  facet?: string;
  /** For missing-facets: every facet missing at the point. */
  facets?: string[];
  /** Index of the inference point or model load the finding is about. */
  pointIndex?: number;
  loadIndex?: number;
}

export interface Rule {
  meta: RuleMeta;
  docs: RuleDocs;
  check(ctx: RuleContext): RawFinding[];
}
