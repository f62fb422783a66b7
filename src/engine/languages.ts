/**
 * Which front end reads which file, and loading them lazily: the Python grammar (WASM) and the
 * TypeScript compiler are only loaded when a file of that language is first analysed.
 */
import * as path from 'node:path';
import type { FileModel } from './model';
import { buildPythonModel, initPython, pythonReady } from './python/parse';
import { buildTypeScriptModel, loadTypeScript, typescriptReady } from './typescript/parse';

export type Language = FileModel['language'];

const EXTENSIONS: Record<string, Language> = {
  '.py': 'python', '.pyi': 'python',
  '.ts': 'typescript', '.tsx': 'typescript', '.mts': 'typescript', '.cts': 'typescript',
  '.js': 'javascript', '.jsx': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript',
  // single-file components: their `<script>` blocks (components.ts), read by the TS front end whatever their `lang`
  '.vue': 'typescript', '.svelte': 'typescript',
};

export function languageOf(file: string): Language | undefined {
  const ext = path.extname(file).toLowerCase();
  // a notebook's code cells are read as one Python program (notebook.ts)
  return ext === '.ipynb' ? 'python' : EXTENSIONS[ext];
}

/** Source files; notebooks (`.ipynb`, read by the CLI) are not in the list. */
export function supportedExtensions(): string[] { return Object.keys(EXTENSIONS); }

export async function ensureLanguage(language: Language): Promise<void> {
  if (language === 'python') await initPython();
  else loadTypeScript();
}

export function languageReady(language: Language): boolean {
  return language === 'python' ? pythonReady() : typescriptReady();
}

/**
 * `fileName` (optional) tells .ts from .tsx exactly; without it the TS front end tries both dialects
 * when the first fails.
 */
export function buildModel(language: Language, text: string, budgetMs: number, fileName?: string): FileModel {
  if (language === 'python') return buildPythonModel(text, budgetMs).model;
  return buildTypeScriptModel(language, text, budgetMs, fileName);
}
