/**
 * Which front end reads which file, and loading them lazily: the Python grammar (WASM) and the
 * TypeScript compiler are only loaded when a file of that language is first analysed.
 */
import * as path from 'node:path';
import type { FileModel } from './model';
import { buildPythonModel, initPython, pythonReady } from './python/parse';

export type Language = FileModel['language'];

const EXTENSIONS: Record<string, Language> = {
  '.py': 'python', '.pyi': 'python',
};

export function languageOf(file: string): Language | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

export function supportedExtensions(): string[] { return Object.keys(EXTENSIONS); }

export async function ensureLanguage(language: Language): Promise<void> {
  if (language === 'python') await initPython();
}

export function languageReady(language: Language): boolean {
  return language === 'python' ? pythonReady() : false;
}

export function buildModel(language: Language, text: string, budgetMs: number): FileModel {
  if (language === 'python') return buildPythonModel(text, budgetMs).model;
  throw new Error(`no front end for ${language}`);
}
