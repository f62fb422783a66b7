/** Python text for fixes: records in the file's logger style (stdlib `extra`, structlog keywords, loguru `bind`). */
import type { Call, Expr, FileModel } from '../model';
import type { Resolver } from '../resolve';
import type { FileStyle, LoggerStyle, RecordField, Renderer } from './render';

const LOGGER_KINDS: Record<string, LoggerStyle['kind']> = { 'logger.stdlib': 'stdlib', 'logger.structlog': 'structlog', 'logger.loguru': 'loguru' };

export const PYTHON_RENDERER: Renderer = {
  style(m, lines, r) {
    const indented = lines.find((l, i) => i > 0 && /^\s+\S/.test(l) && /:\s*(#.*)?$/.test(lines[i - 1]));
    const indentUnit = indented ? /^\s+/.exec(indented)![0] : '    ';
    let double = 0, single = 0;
    for (const a of m.assignments) countQuotes(a.value);
    function countQuotes(e: Expr): void {
      if (e.k !== 'str') return;
      const ch = (lines[e.r.start.line] ?? '').slice(e.r.start.col).replace(/^[rbfuRBFU]+/, '')[0];
      if (ch === '"') double++; else if (ch === "'") single++;
    }
    for (const c of m.calls) for (const a of c.args) countQuotes(a.value);
    return { indentUnit, quote: single > double ? "'" : '"', logger: fileLogger(m, r) };
  },
  defaultLogger: { name: 'logger', kind: 'stdlib' },
  loggerImport: 'logging',
  loggerDeclaration: 'logger = logging.getLogger(__name__)',

  record(logger, message, fields, style) {
    const msg = quote(message, style);
    switch (logger.kind) {
      case 'structlog': return `${logger.name}.info(${msg}, ${fields.map(f => `${f.key}=${f.value}`).join(', ')})`;
      case 'loguru': return `${logger.name}.bind(${fields.map(f => `${f.key}=${f.value}`).join(', ')}).info(${msg})`;
      default: return `${logger.name}.info(${msg}, extra={${fields.map(f => `${quote(f.key, style)}: ${f.value}`).join(', ')}})`;
    }
  },

  mergeFields(into: Call, fields: RecordField[], lines: string[], style: FileStyle) {
    const extra = into.args.find(a => a.name === 'extra')?.value;
    if (extra?.k === 'dict') return [insertBeforeClosing(extra.r.end, lines, fields.map(f => `${quote(f.key, style)}: ${f.value}`).join(', '))];
    if (into.args.some(a => a.name && a.name !== 'extra') && !extra) return [insertBeforeClosing(into.r.end, lines, fields.map(f => `${f.key}=${f.value}`).join(', '))];
    return [];
  },

  failure(logger, message, style) { return `${logger.name}.exception(${quote(message, style)})`; },

  wrapErrors(statement, indent, unit, logger, withId) {
    const record = logger.kind === 'stdlib' && withId ? `${logger.name}.exception("prediction failed", extra={"request_id": request_id})`
      : logger.kind === 'structlog' && withId ? `${logger.name}.exception("prediction failed", request_id=request_id)`
      : `${logger.name}.exception("prediction failed")`;
    return [`${indent}try:`, ...statement.map(l => (l.trim() ? unit + l : l)), `${indent}except Exception:`, `${indent}${unit}${record}`, `${indent}${unit}raise`];
  },

  assign: (name, value) => `${name} = ${value}`,
  dictEntry: (key, value, style) => `${quote(key, style)}: ${value}`,
  keywordArg: (name, value) => `${name}=${value}`,
  quote: (s, style) => quote(s, style),
  hash: text => `hashlib.sha256(repr(${text}).encode()).hexdigest()`,
  envLookup: name => `os.environ.get("${name}", "unknown")`,
  elapsedMs: start => `(time.perf_counter() - ${start}) * 1000`,
  newId: 'str(uuid.uuid4())',
  clock: 'time.perf_counter()',
  idImport: 'uuid',
  clockImport: 'time',
  hashImport: 'hashlib',
  envImport: 'os',
  importStatement: module => `import ${module}`,
  importLine(m, lines) {
    const top = m.statements.filter(s => s.scope === 0 && /^\s*(import|from)\s/.test(lines[s.r.start.line] ?? ''));
    if (top.length) return Math.max(...top.map(s => s.r.end.line)) + 1;
    const first = m.statements.find(s => s.scope === 0);
    if (first && /^\s*[rRuU]?("""|'''|"|')/.test(lines[first.r.start.line] ?? '')) return first.r.end.line + 1; // after the module docstring
    let at = 0;
    while (at < lines.length && /^(#!|#.*coding[:=])/.test(lines[at])) at++;
    return at;
  },
};

function quote(s: string, style: FileStyle): string { return `${style.quote}${s}${style.quote}`; }

/** Inserts `text` before the closing bracket that ends at `end`, with a comma when the list is not empty. */
function insertBeforeClosing(end: { line: number; col: number }, lines: string[], text: string) {
  const at = { line: end.line, col: end.col - 1 };
  let i = at.line, before = lines[i].slice(0, at.col).trimEnd();
  while (!before && i > 0) before = lines[--i].trimEnd();
  const sep = /[{(\[]$/.test(before) ? '' : before.endsWith(',') ? ' ' : ', ';
  return { range: { start: at, end: at }, newText: `${sep}${text}` };
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
