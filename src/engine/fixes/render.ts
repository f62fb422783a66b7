/** What a language contributes to fixes: the text of records, ids, timers and try blocks, and the file's style. */
import type { Call, FileModel } from '../model';
import type { Resolver } from '../resolve';
import type { TextEdit } from './types';

export interface RecordField { key: string; value: string }

export interface LoggerStyle {
  /** The variable to call (`logger`, `log`). */
  name: string;
  /** How fields are passed: `extra={…}` (stdlib), keyword arguments (structlog), `bind(…)` (loguru), span attributes. */
  kind: 'stdlib' | 'structlog' | 'loguru' | 'span' | 'console' | 'object';
}

export interface FileStyle { indentUnit: string; quote: '"' | "'"; logger?: LoggerStyle }

export interface Renderer {
  style(m: FileModel, lines: string[], r: Resolver): FileStyle;
  defaultLogger: LoggerStyle;
  loggerImport: string;
  loggerDeclaration: string;
  record(logger: LoggerStyle, message: string, fields: RecordField[], style: FileStyle): string;
  mergeFields(into: Call, fields: RecordField[], lines: string[], style: FileStyle): TextEdit[];
  failure(logger: LoggerStyle, message: string, style: FileStyle): string;
  wrapErrors(statement: string[], indent: string, unit: string, logger: LoggerStyle, withId: boolean): string[];
  assign(name: string, value: string): string;
  dictEntry(key: string, value: string, style: FileStyle): string;
  keywordArg(name: string, value: string): string;
  quote(s: string, style: FileStyle): string;
  hash(valueText: string): string;
  envLookup(name: string): string;
  elapsedMs(startVar: string): string;
  newId: string;
  clock: string;
  idImport: string;
  clockImport: string;
  hashImport: string;
  envImport: string;
  importStatement(module: string): string;
  /** The line before which new imports go. */
  importLine(m: FileModel, lines: string[]): number;
}
