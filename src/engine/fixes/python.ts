/** Python text for fixes: records in the file's logger style (stdlib `extra`, structlog keywords, loguru `bind`). */
import type { Call, Expr, FileModel } from '../model';
import type { Resolver } from '../resolve';
import type { FileStyle, ImportRole, LoggerStyle, RecordField, Renderer } from './render';
import { callText, lineWidth } from './render';
import { insertBeforeClosing } from './text';

const LOGGER_KINDS: Record<string, LoggerStyle['kind']> = { 'logger.stdlib': 'stdlib', 'logger.structlog': 'structlog', 'logger.loguru': 'loguru' };
const MODULES: Record<ImportRole, string> = { hash: 'hashlib', env: 'os', id: 'uuid', clock: 'time', logger: 'logging', numpy: 'numpy' };

export const PYTHON_RENDERER: Renderer = {
  style(m, lines, r) {
    const indented = lines.find((l, i) => i > 0 && /^\s+\S/.test(l) && /:\s*(#.*)?$/.test(lines[i - 1]));
    return { indentUnit: indented ? /^\s+/.exec(indented)![0] : '    ', quote: quoteStyle(m, lines), semicolon: '', logger: fileLogger(m, r), width: lineWidth(lines) };
  },
  defaultLogger: { name: 'logger', kind: 'stdlib' },
  defaultLoggerNeedsDeclaration: true,
  blockScoped: false,
  key: k => k,
  ident: k => k,

  record(logger, message, fields, style, column) {
    const msg = quote(message, style);
    const keywords = fields.map(f => `${f.key}=${f.value}`);
    switch (logger.kind) {
      case 'structlog': return callText(`${logger.name}.info(`, [msg, ...keywords], ')', style, column);
      case 'loguru': return callText(`${logger.name}.bind(`, keywords, `).info(${msg})`, style, column);
      default: {
        const entries = fields.map(f => `${quote(f.key, style)}: ${f.value}`);
        const one = `${logger.name}.info(${msg}, extra={${entries.join(', ')}})`;
        if (column + one.length <= style.width) return one;
        // black's shape: the message, then `extra={` with one field per line
        const unit = style.indentUnit;
        return [`${logger.name}.info(`, `${unit}${msg},`, `${unit}extra={`, ...entries.map(e => `${unit}${unit}${e},`), `${unit}},`, ')'].join('\n');
      }
    }
  },

  mergeFields(into: Call, fields: RecordField[], lines: string[], style: FileStyle) {
    const extra = into.args.find(a => a.name === 'extra')?.value;
    if (extra?.k === 'dict') return [insertBeforeClosing(extra.r.end, lines, fields.map(f => `${quote(f.key, style)}: ${f.value}`))];
    if (into.args.some(a => a.name && a.name !== 'extra') && !extra) return [insertBeforeClosing(into.r.end, lines, fields.map(f => `${f.key}=${f.value}`))];
    return [];
  },

  failure(logger, message, style) { return `${logger.name}.exception(${quote(message, style)})`; },

  wrapErrors(statement, indent, logger, requestId, style) {
    const msg = quote('prediction failed', style);
    const record = requestId && logger.kind === 'stdlib' ? `${logger.name}.exception(${msg}, extra={${quote('request_id', style)}: ${requestId}})`
      : requestId && logger.kind === 'structlog' ? `${logger.name}.exception(${msg}, request_id=${requestId})`
      : `${logger.name}.exception(${msg})`;
    const unit = style.indentUnit;
    return [`${indent}try:`, ...statement.map(l => (l.trim() ? unit + l : l)), `${indent}except Exception:`, `${indent}${unit}${record}`, `${indent}${unit}raise`];
  },

  declare: (name, value) => `${name} = ${value}`,
  declareEmpty: () => '',
  returnStatement: name => `return ${name}`,
  dictEntry: (key, value, style) => `${quote(key, style)}: ${value}`,
  revisionArg: (_call, style) => ({ text: `revision=${quote('PIN-COMMIT-SHA', style)}`, intoOptions: false }),
  quote: (s, style) => quote(s, style),
  hash: text => `hashlib.sha256(repr(${text}).encode()).hexdigest()`,
  envLookup: (name, style) => `os.environ.get(${quote(name, style)}, ${quote('unknown', style)})`,
  elapsedMs: start => `(time.perf_counter() - ${start}) * 1000`,
  newId: 'str(uuid.uuid4())',
  idFromRequest: (request, style) => `${request.name}.headers.get(${quote('x-request-id', style)}) or str(uuid.uuid4())`,
  clock: 'time.perf_counter()',
  importFor: role => (role === 'numpy' ? 'import numpy as np' : `import ${MODULES[role]}`),
  hasImport: (m, role) => (role === 'numpy' ? m.imports.some(i => i.path === 'numpy') : m.imports.some(i => i.local === MODULES[role] && i.path === MODULES[role])),
  loggerDeclaration: () => 'logger = logging.getLogger(__name__)',
  importLine(m, lines, before) {
    // imports at the module's top level only: one inside `if __name__ == "__main__":` or `try:` is indented. Only those
    // before the code that will use the new import: a script or a notebook may import more after its model call, and an
    // import put there would run too late
    const top = m.statements.filter(s => s.scope === 0 && s.r.start.col === 0 && /^(import|from)\s/.test(lines[s.r.start.line] ?? '') && (before === undefined || s.r.end.line < before));
    if (top.length) return Math.max(...top.map(s => s.r.end.line)) + 1;
    const first = m.statements.find(s => s.scope === 0);
    if (first && /^\s*[rRuU]?("""|'''|"|')/.test(lines[first.r.start.line] ?? '')) return first.r.end.line + 1; // after the module docstring
    let at = 0;
    while (at < lines.length && /^(#!|#.*coding[:=])/.test(lines[at])) at++;
    return at;
  },
  commentPrefix: '#',
};

function quote(s: string, style: FileStyle): string { return `${style.quote}${s}${style.quote}`; }

export function quoteStyle(m: FileModel, lines: string[]): '"' | "'" {
  let double = 0, single = 0;
  const count = (e: Expr): void => {
    if (e.k === 'dict') { e.entries.forEach(en => count(en.value)); return; }
    if (e.k !== 'str') return;
    const ch = (lines[e.r.start.line] ?? '').slice(e.r.start.col).replace(/^[rbfuRBFU]+/, '')[0];
    if (ch === '"') double++; else if (ch === "'") single++;
  };
  for (const a of m.assignments) count(a.value);
  for (const c of m.calls) for (const a of c.args) count(a.value);
  return single > double ? "'" : '"';
}

/** The module-level logger the file already uses, if any. */
function fileLogger(m: FileModel, r: Resolver): LoggerStyle | undefined {
  for (const a of m.assignments) {
    if (a.scope !== 0 || a.targets.length !== 1 || a.targets[0].path.length) continue;
    const s = r.expr(a.value, 0);
    if (s.k === 'typed' && LOGGER_KINDS[s.type]) return { name: a.targets[0].root, kind: LOGGER_KINDS[s.type] };
  }
  for (const imp of m.imports) {
    const s = r.name(imp.local, 0);
    if (s.k === 'typed' && LOGGER_KINDS[s.type]) return { name: imp.local, kind: LOGGER_KINDS[s.type] };
    if (r.t.loggerNames.includes(imp.local)) return { name: imp.local, kind: 'stdlib' };
  }
  return undefined;
}
