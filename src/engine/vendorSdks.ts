/**
 * Hosted model APIs of vendors no pack knows, found by the shape every such SDK shares: a client object made from a
 * third-party package with a credential (`new Cartesia({ apiKey })`, `SarvamAI(api_subscription_key=…)`), then a method
 * whose name says it runs a model (`client.speechToText.transcribe(file)`, `client.tts.bytes({…})`, `client.embed(texts)`).
 * The long tail of vendors is longer than any list of packs; their SDKs all look like this. Such a point is heuristic.
 *
 * What keeps it precise: the client must be built in the file by a call of an imported package's export (not a project
 * module, not a library the tables know, which its rows decide) given an API key, token or secret; the method's own name
 * must be a model verb, or a model noun must name its namespace and the method be one that sends (`create`, `stream`, …);
 * and the call must be given data. A payments or messaging SDK (`stripe.paymentIntents.create`, `slack.chat.postMessage`)
 * has neither.
 */
import type { Call, Expr } from './model';
import type { Resolver } from './resolve';
import { inPackage } from './resolve';
import { nameWords } from './namedModels';

/** Words of a method name that say it runs a model. */
const MODEL_VERBS = new Set(['transcribe', 'synthesize', 'synthesise', 'translate', 'generate', 'complete', 'embed', 'classify', 'recognize', 'recognise',
  'moderate', 'summarize', 'summarise', 'rerank', 'predict', 'infer', 'caption', 'upscale', 'tts', 'stt', 'diarize', 'transliterate', 'paraphrase']);
/** Words of a namespace that name a model service, for the generic senders below. */
const MODEL_NOUNS = new Set(['tts', 'stt', 'speech', 'chat', 'completion', 'completions', 'embedding', 'embeddings', 'transcription', 'transcriptions',
  'translation', 'translations', 'image', 'images', 'video', 'audio', 'ocr', 'vision', 'llm', 'generation', 'generations', 'moderation', 'moderations',
  'classification', 'recognition', 'asr', 'voice', 'inference', 'predictions', 'prediction', 'model', 'models']);
/** What may follow a model verb in a method's name (`generateText`, `transcribe_file`, `synthesizeJsonStreaming`): a verb on anything else (`generateResourceProof`) is not one. */
const VERB_OBJECTS = new Set(['text', 'content', 'file', 'url', 'stream', 'streaming', 'async', 'sync', 'json', 'batch', 'bytes', 'audio', 'speech', 'image',
  'images', 'video', 'voice', 'document', 'documents', 'query', 'queries', 'messages', 'message', 'local', 'remote', 'raw', 'many', 'with', 'to', 'from', 'data']);
const SENDERS = new Set(['create', 'run', 'stream', 'bytes', 'sse', 'convert', 'send', 'submit', 'invoke', 'call', 'process', 'request']);
/** A keyword or option that hands the client a credential. */
const CREDENTIAL = /^(api_?key|apikey|api_?token|token|access_?token|secret|api_?secret|secret_?key|subscription_?key|api_subscription_key|auth_?token|credentials?|auth|bearer)$/i;

/** The member path a call is made through, from the client object: `client.speechToText.transcribe` → [speechToText, transcribe]. */
function memberPath(e: Expr): { root: Expr; members: string[] } {
  const members: string[] = [];
  while (e.k === 'attr' && members.length < 4) { members.unshift(e.attr); e = e.obj; }
  return { root: e, members };
}

export function givesCredential(built: Call): boolean {
  for (const a of built.args) {
    if (a.name && CREDENTIAL.test(a.name)) return true;
    if (a.value.k === 'dict' && a.value.entries.some(en => en.key !== null && CREDENTIAL.test(en.key))) return true;
  }
  // `new Speech(process.env.LMNT_API_KEY)`, `Client(os.environ["SARVAM_API_KEY"])`: an environment variable named for one
  // (not a string literal: a model named `…-mean-tokens` hands over no token)
  return built.args.some(a => a.value.k !== 'dict' && a.value.k !== 'str' && /(API_?KEY|TOKEN|SECRET)/i.test(JSON.stringify(a.value).slice(0, 400)));
}

export function vendorModelCall(r: Resolver, call: Call): string | undefined {
  if (call.callee.k !== 'attr' || !call.args.some(a => a.spread || !a.name || !r.t.configArgs.includes(a.name))) return undefined;
  const { root, members } = memberPath(call.callee);
  if (root.k !== 'name' || !members.length) return undefined;
  const last = nameWords(members[members.length - 1]);
  const namespace = members.slice(0, -1).flatMap(nameWords);
  const verb = MODEL_VERBS.has(last[0]) && last.slice(1).every(w => VERB_OBJECTS.has(w) || MODEL_NOUNS.has(w));
  const noun = namespace.some(w => MODEL_NOUNS.has(w)) && SENDERS.has(members[members.length - 1]);
  if (!verb && !noun) return undefined;
  // the client: bound in the file to a call of an imported package's export
  const assigned = r.m.assignments.filter(a => a.targets.some(t => t.root === root.name && !t.path.length) && a.value.k === 'call');
  if (assigned.length !== 1) return undefined;
  const value = assigned[0].value as Extract<Expr, { k: 'call' }>;
  const built = r.m.calls[value.call];
  const maker = r.expr(built.callee, built.scope);
  if (maker.k !== 'path' || r.definedInProject(maker.path) || r.row(r.t.producers, maker.path) || inPackage(maker.path, r.t.mlModules)) return undefined;
  if (!r.m.imports.some(i => maker.path === i.path || maker.path.startsWith(i.path + '.'))) return undefined;
  // (the client's own type is unknown to the engine: a typed value is left to its rows)
  if (r.expr(root, call.scope).k === 'typed' || !givesCredential(built)) return undefined;
  return `${root.name}.${members.join('.')}`;
}
