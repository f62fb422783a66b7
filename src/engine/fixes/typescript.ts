/** TypeScript/JavaScript text for fixes: records in the file's logger style (pino/bunyan object first, winston/console message first). */
import type { Call, FileModel } from '../model';
import type { Resolver } from '../resolve';
import { symbolString } from '../resolve';
import type { FileStyle, LoggerStyle, Renderer } from './render';
import { camel, lineWidth } from './render';
import { quoteStyle } from './python';
import { insertBeforeClosing } from './text';

/** Loggers whose methods take the fields object first (`log.info({ k }, 'msg')`); others take the message first. */
const OBJECT_FIRST = ['pino', 'pino.pino', 'pino.default', 'bunyan', 'bunyan.createLogger'];

export const TYPESCRIPT_RENDERER: Renderer = {
  style(m, lines, r) {
    const indented = lines.find((l, i) => i > 0 && /^\s+\S/.test(l) && /\{\s*$/.test(lines[i - 1]));
    const ends = m.statements.map(s => (lines[s.r.end.line] ?? '')[s.r.end.col - 1]);
    const semicolon = ends.filter(c => c === ';').length >= ends.length / 2 ? ';' : '';
    // CommonJS: modules come in by `require(…)` and no line is an `import` declaration (an ESM import would break `exports`)
    const esm = m.statements.some(s => s.scope === 0 && /^\s*(import|export)[\s{*]/.test(lines[s.r.start.line] ?? ''));
    const commonJs = !esm && requireLines(m, lines).size > 0;
    const browser = m.imports.some(i => BROWSER_MODULES.test(i.path)) || lines.slice(0, 3).some(l => /^\s*['"]use client['"]/.test(l));
    return { indentUnit: indented ? /^\s+/.exec(indented)![0] : '  ', quote: quoteStyle(m, lines), semicolon, logger: fileLogger(m, r), commonJs, browser, width: lineWidth(lines) };
  },
  defaultLogger: { name: 'console', kind: 'message-first' },
  defaultLoggerNeedsDeclaration: false,
  blockScoped: true,
  key: camel,
  ident: camel,

  record(logger, message, fields, style, column) {
    const entries = fields.map(f => entry(f.key, f.value));
    const msg = quote(message, style);
    const line = (obj: string) => (logger.kind === 'object-first' ? `${logger.name}.info(${obj}, ${msg})${style.semicolon}` : `${logger.name}.info(${msg}, ${obj})${style.semicolon}`);
    const one = line(`{ ${entries.join(', ')} }`);
    if (column + one.length <= style.width) return one;
    // prettier's shape: the object's fields one per line
    return line(`{\n${entries.map(e => `${style.indentUnit}${e},`).join('\n')}\n}`);
  },

  mergeFields(into: Call, fields, lines) {
    const obj = into.args.find(a => !a.name && a.value.k === 'dict')?.value;
    return obj ? [insertBeforeClosing(obj.r.end, lines, fields.map(f => entry(f.key, f.value)))] : [];
  },

  failure(logger, message, style, errorName) {
    const msg = quote(message, style);
    if (!errorName) return `${logger.name}.error(${msg})${style.semicolon}`;
    return logger.kind === 'object-first' ? `${logger.name}.error({ err: ${errorName} }, ${msg})${style.semicolon}` : `${logger.name}.error(${msg}, ${errorName})${style.semicolon}`;
  },

  wrapErrors(statement, indent, logger, requestId, style) {
    const msg = quote('prediction failed', style);
    const unit = style.indentUnit;
    const record = logger.kind === 'object-first'
      ? `${logger.name}.error({ err${requestId ? `, ${entry('requestId', requestId)}` : ''} }, ${msg})${style.semicolon}`
      : `${logger.name}.error(${msg}, ${requestId ? `{ err, ${entry('requestId', requestId)} }` : 'err'})${style.semicolon}`;
    return [`${indent}try {`, ...statement.map(l => (l.trim() ? unit + l : l)), `${indent}} catch (err) {`, `${indent}${unit}${record}`, `${indent}${unit}throw err${style.semicolon}`, `${indent}}`];
  },

  declare: (name, value, style) => `const ${name} = ${value}${style.semicolon}`,
  declareEmpty: (name, style) => `let ${name}${style.semicolon}`,
  returnStatement: (name, style) => `return ${name}${style.semicolon}`,
  dictEntry: (key, value) => entry(key, value),
  revisionArg(call, style) {
    const options = call.args.some(a => !a.name && a.value.k === 'dict');
    const text = `revision: ${quote('PIN-COMMIT-SHA', style)}`;
    return options ? { text, intoOptions: true } : { text: `{ ${text} }`, intoOptions: false };
  },
  quote: (s, style) => quote(s, style),
  hash: (text, style) => `createHash(${quote('sha256', style)}).update(JSON.stringify(${text})).digest(${quote('hex', style)})`,
  envLookup: (name, style) => `process.env.${name} ?? ${quote('unknown', style)}`,
  elapsedMs: start => `performance.now() - ${start}`,
  newId: 'crypto.randomUUID()',
  idFromRequest: (request, style) => request.kind === 'express'
    ? `${request.name}.get(${quote('x-request-id', style)}) ?? crypto.randomUUID()`
    : `${request.name}.headers.get(${quote('x-request-id', style)}) ?? crypto.randomUUID()`,
  clock: 'performance.now()',
  // crypto.randomUUID, performance and process are globals in Node 19+ and browsers
  importFor: (role, style) => role !== 'hash' ? undefined
    : style.commonJs ? `const { createHash } = require(${quote('node:crypto', style)})${style.semicolon}`
    : `import { createHash } from ${quote('node:crypto', style)}${style.semicolon}`,
  hasImport: (m, role) => role !== 'hash' || m.imports.some(i => i.local === 'createHash' && i.path === 'crypto.createHash'),
  loggerDeclaration: () => '',
  importLine(m, lines) {
    const top = m.statements.filter(s => s.scope === 0 && /^\s*import[\s{*]/.test(lines[s.r.start.line] ?? ''));
    if (top.length) return Math.max(...top.map(s => s.r.end.line)) + 1;
    // CommonJS: after the leading `require`s (a require later in the file may come after the code that needs it)
    const requires = requireLines(m, lines);
    let after = -1;
    for (const st of m.statements.filter(x => x.scope === 0)) {
      if (/^\s*['"]use strict['"]/.test(lines[st.r.start.line] ?? '')) { after = st.r.end.line; continue; }
      let has = false;
      for (let l = st.r.start.line; l <= st.r.end.line && !has; l++) has = requires.has(l);
      if (!has) break;
      after = st.r.end.line;
    }
    if (after >= 0) return after + 1;
    return /^#!/.test(lines[0] ?? '') ? 1 : 0;
  },
  commentPrefix: '//',
};

/** Imports that say the code runs in a browser: the DOM's globals, React DOM, and the web builds of model runtimes. */
const BROWSER_MODULES = /^(window|document|navigator|localStorage|sessionStorage|react-dom|react-dom\/.*|onnxruntime-web|@tensorflow\/tfjs|@tensorflow\/tfjs-(core|backend-webgl|backend-wasm|tflite)|@tensorflow-models\/.*|@mediapipe\/.*|@mlc-ai\/web-llm|face-api\.js|ml5)(\.|$)/;

/** Lines of top-level `require(…)`s: a call the front end kept, or an import it made of one (`const { a } = require('m')`). */
function requireLines(m: FileModel, lines: string[]): Set<number> {
  const out = new Set(m.calls.filter(c => c.scope === 0 && c.callee.k === 'name' && c.callee.name === 'require').map(c => c.r.start.line));
  for (const i of m.imports) if (/\brequire\s*\(/.test(lines[i.r.start.line] ?? '')) out.add(i.r.start.line);
  return out;
}

function quote(s: string, style: FileStyle): string { return `${style.quote}${s}${style.quote}`; }
function entry(key: string, value: string): string { return key === value ? key : `${key}: ${value}`; }

/** The module-level logger the file already uses (pino, winston, bunyan…), if any. */
function fileLogger(m: FileModel, r: Resolver): LoggerStyle | undefined {
  for (const a of m.assignments) {
    if (a.scope !== 0 || a.targets.length !== 1 || a.targets[0].path.length || a.value.k !== 'call') continue;
    const s = r.expr(a.value, 0);
    if (s.k !== 'typed' || !s.type.startsWith('logger.')) continue;
    let origin: Call = m.calls[a.value.call];
    // `pino().child({…})`: the kind comes from the root constructor
    while (origin.callee.k === 'attr' && origin.callee.obj.k === 'call') origin = m.calls[origin.callee.obj.call];
    const symbol = symbolString(r.expr(origin.callee, 0)) ?? '';
    return { name: a.targets[0].root, kind: OBJECT_FIRST.includes(symbol) ? 'object-first' : 'message-first' };
  }
  return undefined;
}
