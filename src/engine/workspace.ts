/**
 * A workspace index of what each project module exports, built from the same file models, so that a
 * client or model created in one module and imported in another is still known: `from app.clients import
 * llm` then `llm.chat.completions.create(…)`, or `import { session } from './model'` then `session.run(…)`.
 * Exports are computed lazily with each file's own resolver (which may in turn import from other files).
 */
import * as path from 'node:path';
import type { FileModel } from './model';
import type { KnowledgeTables } from './knowledge/types';
import { Resolver } from './resolve';

/** `value`: the exported name is the typed object; `call`: calling it (a factory or class) gives one. */
export interface ExportedValue { type: string; via: 'value' | 'call' }

/** Looks up an import path (as the resolver spells it) from one importing file. */
export type ExternalLookup = (importPath: string) => ExportedValue | undefined;

interface Entry { file: string; model: FileModel; resolver?: Resolver; exports: Map<string, ExportedValue | null> }

export class WorkspaceIndex {
  private readonly byKey = new Map<string, Entry>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly tables: KnowledgeTables, private readonly root: string) {}

  add(file: string, model: FileModel): void {
    const entry: Entry = { file, model, exports: new Map() };
    for (const key of moduleKeys(path.resolve(file), this.root, model.language)) if (!this.byKey.has(key)) this.byKey.set(key, entry);
  }

  /** The lookup function a resolver of `importer` uses. */
  lookupFor(importer: string, language: FileModel['language']): ExternalLookup {
    const from = path.resolve(importer);
    return importPath => {
      // try every split of `module.name` (module paths may contain dots, names may be followed by nothing)
      for (let i = importPath.length; i > 0; i = importPath.lastIndexOf('.', i - 1)) {
        const mod = importPath.slice(0, i), name = importPath.slice(i + 1) || 'default';
        if (name.includes('.')) continue;
        const entry = this.byKey.get(moduleKey(mod, from, language));
        if (entry && entry.file !== importer) return this.exportOf(entry, name);
        if (i === importPath.length) continue;
      }
      return undefined;
    };
  }

  private exportOf(entry: Entry, name: string): ExportedValue | undefined {
    const known = entry.exports.get(name);
    if (known !== undefined) return known ?? undefined;
    const guard = `${entry.file}#${name}`;
    if (this.inProgress.has(guard)) return undefined;
    this.inProgress.add(guard);
    entry.resolver ??= new Resolver(entry.model, this.tables, this.lookupFor(entry.file, entry.model.language));
    const r = entry.resolver;
    let result: ExportedValue | undefined;
    const s = r.name(name, 0);
    if (s.k === 'typed' && !s.member.length) result = { type: s.type, via: 'value' };
    else if (s.k === 'fn' || s.k === 'class') {
      const made = s.k === 'class' ? r.instanceOf(s.scope) : r.returnOf(s.scope);
      if (made.k === 'typed' && !made.member.length) result = { type: made.type, via: 'call' };
    }
    this.inProgress.delete(guard);
    entry.exports.set(name, result ?? null);
    return result;
  }
}

/** The keys a file is importable by: its path without extension, and for Python every dotted suffix of its module path. */
function moduleKeys(file: string, root: string, language: FileModel['language']): string[] {
  const noExt = file.replace(/\.(py|pyi|tsx?|mts|cts|jsx?|mjs|cjs)$/, '');
  const asPackage = path.basename(noExt) === (language === 'python' ? '__init__' : 'index') ? [path.dirname(noExt)] : [];
  if (language !== 'python') return [noExt, ...asPackage];
  const rel = path.relative(root, asPackage[0] ?? noExt).split(path.sep).filter(p => p && p !== '..');
  return [noExt, ...asPackage, ...rel.map((_, i) => rel.slice(i).join('.'))];
}

/** The key an import path refers to, from the importing file: relative imports become absolute paths. */
function moduleKey(mod: string, importer: string, language: FileModel['language']): string {
  if (!mod.startsWith('.')) return mod;
  if (language !== 'python') return path.resolve(path.dirname(importer), mod);
  // `.x` is a sibling module, `..x` one package up
  const dots = /^\.+/.exec(mod)![0].length;
  let dir = path.dirname(importer);
  for (let i = 1; i < dots; i++) dir = path.dirname(dir);
  return path.join(dir, ...mod.slice(dots).split('.').filter(Boolean));
}
