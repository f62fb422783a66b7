/**
 * Renders docs/libraries.md from the knowledge packs: a summary table, then one section per pack listing
 * what its rows recognise. Everything is derived from the rows, so the page cannot drift from the engine.
 */
import type { InferenceRow, InstrumentorRow, KnowledgePack, PinRule, ProducerRow, SinkRow } from './types';
import { PACK_GROUPS } from './packs';

const LANGUAGE = { python: 'Python', typescript: 'TS/JS' } as const;

const PIN: Record<PinRule, string> = {
  local: 'a file or directory: a project file is local, an absolute path outside the project can change',
  hf: 'a hub id is pinned only by a commit `revision`; a path is a file',
  mlflow: 'pinned by a registry version (`models:/x/7`) or a run; stages, aliases and latest move',
  bentoml: 'pinned by a `name:version` tag; `name` and `name:latest` move',
  url: 'a URL is pinned only when it names a version; a path is a file',
  name: 'a model named without a version: the runtime decides which weights it is',
  registry: 'a registered model is pinned by an integer `version=`; without one the latest registration is loaded',
  library: 'a path is a file; a bare name or `org/name` is resolved by the library (its zoo or hub) and moves',
  'id-version': 'a model id ending in its version number (`project/3`) is pinned; an alias or an unnumbered id moves',
  weights: 'named library weights (`IMAGENET1K_V2`) are pinned; `DEFAULT`, `"imagenet"`, `pretrained=True` follow the release; a path is a file',
};

const code = (s: string) => `\`${s}\``;

/**
 * `type#member` → `.member(…)` on the type (calling the value itself when the member is empty; `.x[…]` for an
 * access row); a path stays as it is.
 */
function call(match: string, on: ProducerRow['on'] = 'call'): string {
  const i = match.indexOf('#');
  if (i < 0) return on === 'value' ? `${code(match)} (the imported object)` : code(match);
  const member = match.slice(i + 1);
  if (member === '') return 'calling it';
  if (on === 'access') return code(`.${member}`.replace(/\.?\[\]$/, '[…]').replace(/^\.\[/, '['));
  return code(`.${member}(…)`);
}

/**
 * Lists rows compactly: rows with the same note are joined, path rows that differ only in their module are
 * written once with their modules (`loadGraphModel` of `@tensorflow/tfjs`, `@tensorflow/tfjs-node`), and typed rows
 * are grouped by type ("on `model.onnx`: `.run(…)`").
 */
function listed<T extends { match: string; on?: ProducerRow['on'] }>(rows: T[], note: (row: T) => string): string {
  const groups = new Map<string, { names: string[]; of: string; note: string }>();
  const add = (key: string, name: string, of: string, n: string) => {
    const g = groups.get(key) ?? { names: [], of, note: n };
    if (!g.names.includes(name)) g.names.push(name);
    groups.set(key, g);
  };
  const modulesOf = new Map<string, string[]>();
  for (const row of rows) {
    if (row.match.includes('#')) continue;
    const dot = row.match.indexOf('.');
    const key = `${dot < 0 ? '' : row.match.slice(dot + 1)}\0${note(row)}\0${row.on ?? ''}`;
    modulesOf.set(key, [...(modulesOf.get(key) ?? []), dot < 0 ? row.match : row.match.slice(0, dot)]);
  }
  for (const row of rows) {
    const n = note(row);
    const hash = row.match.indexOf('#');
    if (hash >= 0) { add(`#${row.match.slice(0, hash)}\0${n}`, call(row.match, row.on), `on ${code(row.match.slice(0, hash))}: `, n); continue; }
    const dot = row.match.indexOf('.');
    const mods = modulesOf.get(`${dot < 0 ? '' : row.match.slice(dot + 1)}\0${n}\0${row.on ?? ''}`)!;
    if (mods.length > 1 && dot >= 0) add(`${mods.join()}\0${n}`, call(row.match.slice(dot + 1), row.on), '', `${n} (of ${mods.map(code).join(', ')})`);
    else add(`\0${n}`, call(row.match, row.on), '', n);
  }
  return [...groups.values()].map(g => `${g.of}${g.names.join(', ')}${g.note}`).join('; ');
}

const notes = (...parts: (string | false | undefined)[]) => { const p = parts.filter(Boolean); return p.length ? ` (${p.join(', ')})` : ''; };

const inferenceNote = (row: InferenceRow) => notes(row.kind === 'llm' && 'hosted model',
  row.languages && row.languages.map(l => l === 'python' ? 'Python' : l === 'typescript' ? 'TS' : 'JS').join('/'), row.arg0Pattern && 'to a model-server URL');

const sinkNote = (row: SinkRow) => notes(row.keyArg !== undefined && 'field name first', row.role === 'context' && 'binds fields to later records', row.role === 'timer-stop' && 'stops a timer');

function loadNote(row: ProducerRow): string {
  const arg = row.load?.modelArg && `model given by ${row.load.modelArg.map(a => typeof a === 'number' ? `argument ${a + 1}` : code(`${a}=`)).join(' or ')}`;
  return `${row.arg0 !== undefined ? ` with ${code(JSON.stringify(row.arg0))}` : ''}${row.type ? ` → ${code(row.type)}` : ''}${notes(arg, row.load?.needsModelEvidence && 'only with evidence the object is a model')}`;
}

function valueNote(row: ProducerRow): string {
  const cond = row.arg0 !== undefined ? ` with ${code(JSON.stringify(row.arg0))}` : '';
  return cond + (row.passThrough === 'receiver' ? ' → the receiver' : row.passThrough === 'arg0' ? ' → its first argument'
    : row.passThrough ? ' → what its first argument returns' : ` → ${code(row.type ?? '?')}`);
}

/** What an instrumentor row records, and at which level. */
function instrumentorNote(r: InstrumentorRow): string {
  const when = r.withArg ? `, with ${r.withArg.map(a => (typeof a === 'number' ? `argument ${a + 1}` : code(a))).join(' or ')}` : '';
  if (r.requestId) return `a request id, read as ${r.requestId.readAs.map(x => code(x.startsWith('get:') ? `get("${x.slice(4)}")` : x)).join(' or ')} on the handler's request${r.requestId.echoed ? ', sent back' : ''}${when}`;
  if (r.contextFor) return `context binding, carried by ${r.contextFor === 'request.log' ? 'the request\'s logger (`req.log`)' : r.readBy ? `records that read it back (${code(r.readBy)})` : `${code(r.contextFor)} records`}: ${r.binds ? `${r.binds.map(code).join(', ')} → ` : ''}${r.covers.join(', ')}${when}`;
  const timed = r.timesRequests ? `; times each request, not the model call${typeof r.timesRequests === 'string' ? ` (format ${code(r.timesRequests)})` : ''}` : '';
  if (r.requestLevel) return `request level, in route handlers: ${r.covers.join(', ')}${timed}${when}`;
  return `${r.libraries.includes('*') ? 'every LLM call' : `calls of ${r.libraries.map(code).join(', ')}`}: ${r.covers.join(', ')}${when}`;
}

function packSection(p: KnowledgePack): string[] {
  const t = p.tables;
  const producers = t.producers ?? [];
  const loads = producers.filter(r => r.load);
  const pinRules = [...new Set(loads.map(r => r.load!.pin))];
  const lines: [string, string | undefined][] = [
    ['Model loads', loads.length ? listed(loads, loadNote) : undefined],
    ['Pinning', pinRules.length ? pinRules.map(r => PIN[r]).join('; ') : undefined],
    ['Inference', t.inference?.length ? listed(t.inference, inferenceNote) : undefined],
    ['Values and clients', producers.some(r => !r.load) ? listed(producers.filter(r => !r.load), valueNote) : undefined],
    ['Class bases', t.classBases?.length ? t.classBases.map(b => `${code(b.match)}${b.type ? ` → ${code(b.type)}` : ''}${b.attributes ? ` (sets ${Object.entries(b.attributes).map(([a, ty]) => `${code(`self.${a}`)}: ${code(ty)}`).join(', ')})` : ''}`).join('; ') : undefined],
    ['Entry-point contracts', t.contracts?.length ? t.contracts.map(c => {
      const applies = [...(c.classBases ?? []).map(b => `subclass of ${code(b)}`), ...(c.classNames ?? []).map(n => `class ${code(n)}`),
        ...(c.classDecorators ?? []).map(d => `class decorated ${code(d)}`), ...(c.moduleFunctions?.length ? [`module defining ${c.moduleFunctions.map(code).join(' and ')}`] : [])];
      const hooks = (names: string[], decorators?: string[]) => [...names.map(code), ...(decorators ?? []).map(d => `${code(`@${d}`)} methods`)].join(', ') || '—';
      return `${c.framework} (${applies.join(' or ')}): loads in ${hooks(c.loadHooks, c.loadDecorators)}, serves in ${hooks(c.serveHooks, c.serveDecorators)}`;
    }).join('; ') : undefined],
    ['Deferred calls', t.deferredCalls?.length ? listed(t.deferredCalls, r => ` (the callable: ${typeof r.callable === 'number' ? `argument ${r.callable + 1}` : code(`${r.callable}=`)})`) : undefined],
    ['Sinks', t.sinks?.length ? listed(t.sinks, sinkNote) : undefined],
    ['Regions', t.regions?.length ? listed(t.regions, r => ` (${r.covers.length ? r.covers.join(', ') : 'covers nothing: failures are swallowed'}${r.records?.length ? `; records the function's ${r.records.map(f => (f === 'inputs' ? 'arguments' : 'return value')).join(' and ')}` : ''})`) : undefined],
    ['Auto-instrumentation', t.instrumentors?.length ? listed(t.instrumentors, r => ` (${instrumentorNote(r)})`) : undefined],
    ['Request hooks', t.requestHooks?.length ? t.requestHooks.map(h => `${h.framework}: ${h.method ? code(`${h.method}(${h.arg0 ? `${h.arg0.map(a => JSON.stringify(a)).join('|')}, ` : ''}fn)`) : h.decorator ? code(`@${h.decorator}${h.arg0 ? `(${h.arg0.map(a => JSON.stringify(a)).join('|')})` : ''}`) : `${code(`${h.classMethod}`)} of a subclass of ${code(h.classBase ?? '?')}`}${h.needsNext ? ' (a function taking `next`)' : ''}`).join('; ') : undefined],
    ['Service entry points', t.serviceEntries?.length ? listed(t.serviceEntries, r => ` (${r.kind})`) : undefined],
    ['Service facets', t.serviceEvidence?.length ? listed(t.serviceEvidence, r => ` (${r.role === 'reads' ? `a read that makes ${r.facet} required` : r.facet}${r.withArg ? `, with ${r.withArg.map(a => code(a)).join(' or ')}` : ''})`) : undefined],
    ['Callbacks', t.callbacks?.length ? listed(t.callbacks, r => ` (the callback gets ${r.params.map(code).join(', ')})`) : undefined],
    ['Prediction ids', t.idSources?.length ? listed(t.idSources, r => r.propagated ? ' (propagated)' : '') : undefined],
    ['Clocks', t.clocks?.length ? t.clocks.map(code).join(', ') : undefined],
    ['Input validation', t.validators?.length ? t.validators.map(v => call(v)).join(', ') : undefined],
    ['Shared stores', t.sharedStores?.length ? t.sharedStores.map(code).join(', ') + ' (a model stored there is known where it is read)' : undefined],
    ['Evaluation metrics', t.evaluationMetrics?.length ? t.evaluationMetrics.map(v => call(v)).join(', ') + ' (a prediction fed to one is evaluation)' : undefined],
    ['ML imports', t.mlModules?.length ? t.mlModules.map(code).join(', ') : undefined],
  ];
  return [`### ${p.name}`, '', `<a id="${p.id}"></a>Pack ${code(p.id)} · ${p.languages.map(l => LANGUAGE[l]).join(', ')} · \`src/engine/knowledge/packs/${p.id}.ts\``, '',
    p.description, '', ...lines.filter(([, v]) => v).map(([k, v]) => `- **${k}**: ${v}`), ''];
}

/** The text of docs/libraries.md. */
export function librariesMarkdown(): string {
  const out = [
    '# Libraries and frameworks', '',
    '<!-- Generated from src/engine/knowledge/packs/ by `npm run docs`; do not edit. -->', '',
    'What mlobs knows about each library is one knowledge pack: a file of rows under `src/engine/knowledge/packs/`, with fixtures',
    'under `test/fixtures/packs/<id>/`. A call is inference because of what its receiver is: loads and constructors give values a',
    'type (`model.onnx`, `client.openai`), and the inference rows say which members of that type run the model. Types are shared',
    'between packs (xgboost and joblib models are estimators, tfjs models are Keras models), and every row can be extended from',
    'the `knowledge` section of `mlobs.json`.', '',
    '| pack | languages | recognises |', '|---|---|---|',
    ...PACK_GROUPS.flatMap(g => g.packs.map(p => `| [${p.name}](#${p.id}) | ${p.languages.map(l => LANGUAGE[l]).join(', ')} | ${p.description.replace(/\|/g, '\\|')} |`)), '',
  ];
  for (const g of PACK_GROUPS) out.push(`## ${g.name}`, '', ...g.packs.flatMap(packSection));
  return out.join('\n');
}
