/** Public API of the analysis engine (no VS Code dependency). */
export { analyzeText, analyzeTextSync, analyzeBytes, PARSE_BUDGET_MS } from './analyze';
export type { FileResult, Finding, PointResult, LoadResult } from './analyze';
export { FACETS, FACET_IDS, INFERENCE_FACET_IDS, DEFAULT_REQUIRED_FACETS, facetById } from './catalog';
export { defaultConfig, resolveConfig, loadConfigFile, findConfigFile, ConfigError, CONFIG_FILE_NAMES } from './config';
export type { ResolvedConfig } from './config';
export { RULES, ruleByCode } from './rules';
export { languageOf, ensureLanguage, supportedExtensions, buildModel } from './languages';
export { buildPythonModel, initPython, parsePython } from './python/parse';
export { ruleMarkdown, DOC_HEADINGS } from './rules/docs';
export { computeFixes, applyEdits } from './fixes';
export type { Fix, TextEdit } from './fixes';
export { analyzeProject } from './project';
export type { ProjectFile } from './project';
export { WorkspaceIndex } from './workspace';
export type { ExportSnapshot } from './workspace';
export { DocumentModels } from './documents';
export type { TextChange } from './documents';
