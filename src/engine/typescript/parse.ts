/**
 * TypeScript/JavaScript front end, first half: parses with typescript-estree. The TypeScript compiler
 * it carries is several megabytes of JavaScript, so it is `require`d on first use only: a workspace
 * without TS/JS files never loads it. typescript-estree throws on the first syntax error; the file is
 * then re-parsed with the compiler's error-tolerant parser and converted anyway, so one typo does not
 * hide the rest of the file.
 */
import { componentScripts, isComponentPath } from '../components';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { FileModel, LineIndex, Pos, emptyModel, countLines, normaliseLineBreaks } from '../model';
import { lowerTypeScript } from './lower';

type Estree = typeof import('./compiler');
type Language = 'typescript' | 'javascript';

let estree: Estree | undefined;

/** Loads typescript-estree (and the compiler) once. Synchronous: `require` at call time. */
export function loadTypeScript(): Estree {
  estree ??= require('./compiler') as Estree;
  return estree;
}

export function typescriptReady(): boolean { return estree !== undefined; }

/** A tree converted despite syntax errors, with their lines. */
interface Parsed { program: TSESTree.Program; errorLines: number[] }

/**
 * Parses and lowers. `fileName` (optional) gives the exact dialect (.ts vs .tsx); without it a
 * TypeScript file is tried without JSX and with JSX, in the order its text suggests.
 * Parsing cannot be interrupted: a parse over `budgetMs` is only noted.
 */
export function buildTypeScriptModel(language: Language, text: string, budgetMs: number, fileName?: string): FileModel {
  const est = loadTypeScript(); // loading the compiler is not charged to the file's budget
  const started = performance.now();
  // a component's scripts, at their own offsets; its `lang` may be JS or TS, so both dialects are tried
  const component = isComponentPath(fileName);
  const source = component ? componentScripts(normaliseLineBreaks(text)) : normaliseLineBreaks(text);
  const model = parseAndLower(est, language, source, component ? undefined : fileName);
  const elapsed = performance.now() - started;
  if (elapsed > budgetMs) model.notes.push(`parsing took ${Math.round(elapsed)} ms, longer than the ${budgetMs} ms budget`);
  return model;
}

function parseAndLower(est: Estree, language: Language, text: string, fileName?: string): FileModel {
  const lineCount = countLines(text);
  let syntax: { name: string; offset: number; line: number } | undefined;
  let failure: unknown;
  for (const name of dialects(language, text, fileName)) {
    let program: TSESTree.Program;
    try {
      program = est.parse(text, {
        filePath: name, jsx: /x$/.test(name), loc: true, range: true, comment: true, errorOnUnknownASTType: false,
        jsDocParsingMode: 'none', suppressDeprecatedPropertyWarnings: true, loggerFn: false,
      });
    } catch (e) {
      const start = (e as { location?: { start?: { offset: number; line: number } } }).location?.start;
      if (!start) { failure = e; continue; } // not a syntax error: e.g. the parser's stack overflowed
      // keep the dialect that got furthest: its error is the more likely real one
      if (!syntax || start.offset > syntax.offset) syntax = { name, offset: start.offset, line: new LineIndex(text).pos(start.offset).line };
      continue;
    }
    return lowerTypeScript(program, language, lineCount, endOf(text), text);
  }
  if (!syntax) {
    const why = failure instanceof RangeError ? 'it is nested too deeply' : (failure as Error | undefined)?.message ?? 'unknown error';
    return failed(language, lineCount, `the file could not be parsed (${why})`, []);
  }
  let partial: Parsed | undefined;
  try { partial = partialParse(est, text, syntax.name); }
  catch { partial = undefined; } // the converter rejected the recovered tree: report the error alone
  const lines = partial?.errorLines.length ? partial.errorLines : [syntax.line];
  const shown = lines.slice(0, 3).map(l => l + 1).join(', ');
  const note = `syntax errors (line ${shown}${lines.length > 3 ? ', …' : ''}); ${partial ? 'the rest of the file was analysed' : 'the file could not be analysed'}`;
  if (!partial) return failed(language, lineCount, note, lines);
  const model = lowerTypeScript(partial.program, language, lineCount, endOf(text), text);
  model.errorLines = lines;
  model.notes.unshift(note);
  return model;
}

function failed(language: Language, lineCount: number, note: string, errorLines: number[]): FileModel {
  const m = emptyModel(language);
  m.lineCount = lineCount;
  m.notes.push(note);
  m.errorLines = errorLines;
  return m;
}

/** File names whose extension selects the dialect typescript-estree parses (it reads nothing from disk). */
function dialects(language: Language, text: string, fileName?: string): string[] {
  const ext = /\.(tsx?|mts|cts|jsx?|mjs|cjs)$/i.exec(fileName ?? '')?.[1].toLowerCase();
  if (ext) return [`estree.${ext}`];
  // JavaScript script kinds accept JSX anyway; TypeScript needs .tsx, where `<T>x` casts are invalid.
  if (language === 'javascript') return ['estree.js'];
  return /<\/[A-Za-z]|\/>/.test(text) ? ['estree.tsx', 'estree.ts'] : ['estree.ts', 'estree.tsx'];
}

/**
 * The compiler's parser recovers from syntax errors; typescript-estree's converter refuses a tree
 * with parse diagnostics, so they are taken off the tree (and kept as error lines) before converting.
 */
function partialParse(est: Estree, text: string, name: string): Parsed {
  const { ts, astConverter } = est;
  const jsx = /x$/.test(name);
  const sf = ts.createSourceFile(name, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, true, est.getScriptKind(name, jsx));
  const withDiagnostics = sf as unknown as { parseDiagnostics: { start?: number }[] };
  // lines in the engine's model (the compiler's line map also breaks at U+2028/U+2029)
  const lines = new LineIndex(text);
  const errorLines = [...new Set(withDiagnostics.parseDiagnostics.map(d => lines.pos(d.start ?? 0).line))].sort((a, b) => a - b).slice(0, 50);
  withDiagnostics.parseDiagnostics = [];
  const settings = { allowInvalidAST: true, errorOnUnknownASTType: false, suppressDeprecatedPropertyWarnings: true, range: true, loc: true, comment: true, tokens: false };
  const { estree: program } = astConverter(sf, settings as unknown as Parameters<typeof astConverter>[1], false);
  return { program, errorLines };
}


function endOf(text: string): Pos {
  const last = text.lastIndexOf('\n');
  return { line: countLines(text) - 1, col: text.length - last - 1 };
}
