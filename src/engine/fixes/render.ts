/** What a language contributes to fixes: the text of records, ids, timers and try blocks, and the file's style. */
import type { Call, FileModel } from '../model';
import type { Resolver } from '../resolve';
import type { TextEdit } from './types';

/** Field keys and local names are given in snake_case; a renderer spells them its language's way. */
export interface RecordField { key: string; value: string }

export interface LoggerStyle {
  /** The variable to call (`logger`, `log`). */
  name: string;
  /**
   * How fields are passed: `extra={…}` (stdlib), keyword arguments (structlog), `bind(…)` (loguru),
   * an object first (pino, bunyan), a message then an object (winston, console).
   */
  kind: 'stdlib' | 'structlog' | 'loguru' | 'object-first' | 'message-first';
}

export interface FileStyle {
  indentUnit: string; quote: '"' | "'"; semicolon: string; logger?: LoggerStyle;
  /** The line width the file keeps to (its longest line, within 79–120): a longer record is broken over lines. */
  width: number;
  /** JS/TS: a CommonJS file (`require`, no `import` declarations) gets `require` for what a fix needs. */
  commonJs?: boolean;
  /** JS/TS code that runs in a browser (React, DOM globals, web runtimes of models): no `node:crypto` to hash with. */
  browser?: boolean;
}

/** Imports a fix may need, by role. */
export type ImportRole = 'hash' | 'env' | 'id' | 'clock' | 'logger' | 'numpy';

export interface Renderer {
  style(m: FileModel, lines: string[], r: Resolver): FileStyle;
  defaultLogger: LoggerStyle;
  /** Whether a fix must create the default logger (Python) or it is a global (console). */
  defaultLoggerNeedsDeclaration: boolean;
  /** Declarations are block-scoped, so wrapping `const x = …` in try needs `let x;` outside. */
  blockScoped: boolean;
  key(canonical: string): string;
  ident(canonical: string): string;
  /**
   * One record call; when it would pass the file's width at `column`, over several lines (indented relative to the
   * first: the caller indents every line).
   */
  record(logger: LoggerStyle, message: string, fields: RecordField[], style: FileStyle, column: number): string;
  mergeFields(into: Call, fields: RecordField[], lines: string[], style: FileStyle): TextEdit[];
  failure(logger: LoggerStyle, message: string, style: FileStyle, errorName?: string): string;
  /** try/except (catch) that records and re-raises around the statement lines. */
  wrapErrors(statement: string[], indent: string, logger: LoggerStyle, requestId: string | undefined, style: FileStyle): string[];
  /** A new local variable (`x = v` / `const x = v;`). */
  declare(name: string, value: string, style: FileStyle): string;
  /** `let x;` (block-scoped languages only). */
  declareEmpty(name: string, style: FileStyle): string;
  returnStatement(name: string, style: FileStyle): string;
  dictEntry(key: string, value: string, style: FileStyle): string;
  /** The text that adds `revision` to a loader call that has none. */
  revisionArg(call: Call, style: FileStyle): { text: string; intoOptions: boolean };
  quote(s: string, style: FileStyle): string;
  hash(valueText: string, style: FileStyle): string;
  envLookup(name: string, style: FileStyle): string;
  elapsedMs(startVar: string): string;
  newId: string;
  /** An id the caller sent, else a new one: `request.headers.get("x-request-id") or str(uuid.uuid4())`. */
  idFromRequest(request: RequestSource, style: FileStyle): string;
  clock: string;
  /** The import statement a role needs, or undefined when the name is a builtin/global. */
  importFor(role: ImportRole, style: FileStyle): string | undefined;
  hasImport(m: FileModel, role: ImportRole): boolean;
  loggerDeclaration(style: FileStyle): string;
  /** The line before which new imports go. */
  /** Where new imports go; `before`: the first line that will use them (the import must come earlier). */
  importLine(m: FileModel, lines: string[], before?: number): number;
  commentPrefix: string;
}

/** Where a handler's request headers are: `headers` (a `.headers.get(…)` mapping), `express` (`req.get(…)`). */
export interface RequestSource { name: string; kind: 'headers' | 'express' }

/** The width a file keeps to: its longest line, but at least 79 (PEP 8) and at most 120. */
export function lineWidth(lines: string[]): number {
  let longest = 0;
  for (const l of lines) if (l.length > longest) longest = l.length;
  return Math.min(120, Math.max(79, longest));
}

/** `head(` + items + `)tail` on one line when it fits at `column`, else one item per line (with a trailing comma where the language allows it). */
export function callText(head: string, items: string[], tail: string, style: FileStyle, column: number, trailingComma = true): string {
  const one = `${head}${items.join(', ')}${tail}`;
  if (column + one.length <= style.width || !items.length) return one;
  const unit = style.indentUnit;
  return `${head}\n${items.map(i => unit + i.replace(/\n/g, '\n' + unit)).join(',\n')}${trailingComma ? ',' : ''}\n${tail}`;
}

export function camel(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
