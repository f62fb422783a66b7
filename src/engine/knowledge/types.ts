/**
 * Shapes of the knowledge tables. A `match` is a symbol pattern:
 *   - `pkg.module.name` — a resolved import path (what the callee refers to), e.g. `joblib.load`;
 *   - `type#member.path` — a member of a value whose type the resolver knows, e.g. `model.onnx#run`;
 *     `type#` (empty member) means calling the value itself, e.g. `model.torch#`.
 * `*` matches within one segment (`transformers.*.from_pretrained`, `model.*#predict`).
 */

export type PinRule =
  | 'local'        // a local artifact shipped with the service
  | 'hf'           // Hugging Face hub: pinned only by a commit `revision`
  | 'mlflow'       // models:/name/7 pinned; latest/stages/aliases not
  | 'bentoml'      // name:version pinned; name or name:latest not
  | 'url';         // remote URL: pinned only when it names a version

export interface LoadRule {
  pin: PinRule;
  /** Where the model reference is: a positional index or a keyword name (first match wins). */
  modelArg?: (number | string)[];
}

export interface ProducerRow {
  match: string;
  /** `call` (default): the call's result; `access`: reading the member (`signatures["x"]`); `value`: the import itself (`from loguru import logger`). */
  on?: 'call' | 'access' | 'value';
  /** Type given to the call's result. */
  type?: string;
  /** The call returns the receiver (`model.to(device)`) or its first argument (`torch.compile(m)`). */
  passThrough?: 'receiver' | 'arg0';
  /** Only when the first positional argument is this string literal (`boto3.client("sagemaker-runtime")`). */
  arg0?: string;
  /** Calling this loads a model. */
  load?: LoadRule;
}

export interface InferenceRow {
  match: string;
  /** Only when the first positional argument (a literal or constant URL) matches this regex: `fetch(".../v2/models/x/infer")`. */
  arg0Pattern?: string;
  /** Only for these languages (argument conventions differ: Python `sess.run(names, feed)`, JS `session.run(feeds, names)`). */
  languages?: ('python' | 'typescript' | 'javascript')[];
  /** `llm`: the `model` argument names a hosted model whose pinning is checked. */
  kind?: 'model' | 'llm';
  /** Arguments that carry the model's input; default: every argument not listed in configArgs. */
  inputArgs?: (number | string)[];
}

export interface SinkRow {
  match: string;
  /** A positional argument that is a field *name* (`span.set_attribute("ml.model.version", v)`). */
  keyArg?: number;
  /** `context`: binds fields to every later record in the process or request (contextvars, bind). */
  role?: 'record' | 'context' | 'timer-stop';
}

export interface RegionRow {
  match: string;
  /** Facets covered for calls inside the region (a `with` block, a decorated function, a callback). */
  covers: ('latency' | 'errors')[];
}

export interface ClassBaseRow {
  match: string;
  /** Instances of a subclass get this type (e.g. torch.nn.Module subclasses are modules). */
  type?: string;
  /** Attributes the base class sets, with their types (TorchServe's BaseHandler sets self.model). */
  attributes?: Record<string, string>;
}

/** Calls that pass typed values to a callback they are given (`tracer.startActiveSpan(name, span => …)`). */
export interface CallbackRow { match: string; params: string[] }

export interface KnowledgeTables {
  /** Imports that make a file an ML file (used by the unknown-receiver heuristic). */
  mlModules: string[];
  producers: ProducerRow[];
  inference: InferenceRow[];
  sinks: SinkRow[];
  regions: RegionRow[];
  callbacks: CallbackRow[];
  classBases: ClassBaseRow[];
  /** Calls that yield a prediction/request id; `propagated` ids come from the caller or the trace. */
  idSources: { match: string; propagated?: boolean }[];
  /** Monotonic or wall clocks whose readings form a timing pair. */
  clocks: string[];
  /** Calls that validate inputs. */
  validators: string[];
  /** Methods whose name alone, on an unresolved receiver in an ML file, suggests inference. */
  heuristicInferenceMethods: string[];
  /** File extensions of model artifacts: a call given such a literal path is taken as a model load. */
  modelFileExtensions: string[];
  /** Names of project helpers that, given a model-file literal, are taken as loaders (`load_model("m.pkl")`). */
  heuristicLoaderNames: string[];
  /** Receiver names taken as loggers when their origin cannot be resolved (e.g. imported from another module). */
  loggerNames: string[];
  loggerMethods: string[];
  /** Methods that store their argument into the receiver (`out.append(pred)`), so the receiver carries it. */
  mutators: string[];
  /** Keyword arguments of inference calls that configure the call rather than carry input. */
  configArgs: string[];
  /** Attributes of a model object that carry its identity (`model.version`). */
  identityAttributes: string[];
  /** Field/variable names that evidence a facet, per facet id. Compared case- and punctuation-insensitively. */
  fieldNames: Record<string, string[]>;
  /** Hosted model names matching one of these are dated snapshots (pinned); others are moving aliases. */
  pinnedModelNamePatterns: string[];
  /** A value on which one of these methods is called is of that type (`net.load_state_dict(…)` → a torch module). */
  typeFromUsage: Record<string, string>;
  /** Calls whose result carries none of their arguments' data (`len`, `isinstance`). */
  opaqueCalls: string[];
  /** Calls that send a response to the caller (`res.json(…)`, `jsonify(…)`): an id passed to them leaves the service. */
  responseWriters: string[];
  /** Builtin names a front end resolves without an import (`print` → `builtins.print`). */
  builtins: Record<string, string>;
}
