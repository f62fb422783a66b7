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
  | 'url'          // remote URL: pinned only when it names a version
  | 'name'         // a model named without a version (`Supabase.ai.Session("gte-small")`): the runtime decides
  | 'library'      // a library's own zoo or hub (`SequenceTagger.load("ner")`, `TTS("tts_models/…")`): a path is a file, a bare name moves
  | 'registry'     // a model registry entry by name: pinned by an integer `version=`, otherwise the latest registration
  | 'id-version'   // a hosted registry's model id that ends in its version number (Roboflow `project/3`) is pinned; an alias (`yolov8n-640`) moves
  | 'weights';     // library weights (`weights=ResNet50_Weights.IMAGENET1K_V2` pinned; `DEFAULT`, `pretrained=True` follow the release)

export interface LoadRule {
  pin: PinRule;
  /**
   * A generic deserialiser (`pickle.load`, `joblib.load`, `torch.load`, `dill.load`): it loads a model only
   * with evidence that the object is one — it is called or predicted on, the file imports an ML library,
   * or the path or the variable name says model. Without it the call is not reported.
   */
  needsModelEvidence?: boolean;
  /**
   * A builder that loads weights only when asked (`timm.create_model(name, pretrained=True)`,
   * `torchvision.models.resnet50(weights=…)`): a load only when one of these keywords is given a value that
   * is not `False`/`None`. Without it the call only builds an architecture.
   */
  onlyWith?: string[];
  /**
   * Not the load when one of these methods is called on what the call made: that later call loads the model
   * (tesseract.js 2–4: `createWorker()` then `worker.loadLanguage("por")`; v5's `createWorker("eng")` loads itself).
   */
  supersededBy?: string[];
  /**
   * Not a load when the model reference (a literal) matches this regex: the same constructor also makes clients of hosted
   * APIs (PaddleHub's `hub.Module(name="baidu_translate")` calls Baidu's service; `hub.Module(name="lac")` loads a model).
   */
  notWhen?: string;
  /**
   * A builder that starts from published pretrained weights by default (fastai `vision_learner(dls, resnet34)`,
   * `pretrained=True` unless given): a load unless one of these keywords is `False`/`None`.
   */
  offWith?: string[];
  /** Bare file names the library downloads when the file is not there (`YOLO("yolov8n.pt")`): a regex. Such a name is `mutable`, not a shipped file. */
  downloads?: string;
  /** Without a model reference the library loads its own published default weights (`cocoSsd.load()`): the installed version decides. */
  defaultWeights?: boolean;
  /** The call never names its model: which one it is, the library decides as this says (`mutable`). */
  decidedBy?: string;
  /** Where the model reference is: a positional index or a keyword name (first match wins). */
  modelArg?: (number | string)[];
  /**
   * The call only fetches files to a local path (`hf_hub_download`, `snapshot_download`): not itself a load, since
   * nothing is in the process yet; a load given that path takes this rule's pin verdict.
   */
  download?: true;
  /**
   * Settings that, assigned `false` anywhere in the file, keep the library off the hub (transformers.js
   * `env.allowRemoteModels = false`): a hub id then names files the app serves itself (`env.localModelPath`), a shipped artifact.
   */
  offlineWhenFalse?: string[];
}

export interface ProducerRow {
  /** A symbol pattern; `?#member` matches that method on a receiver the engine cannot type (a project import, a parameter). */
  match: string;
  /** `call` (default): the call's result; `access`: reading the member (`signatures["x"]`); `value`: the import itself (`from loguru import logger`). */
  on?: 'call' | 'access' | 'value';
  /** Type given to the call's result. */
  type?: string;
  /** The call returns the receiver (`model.to(device)`), its first argument (`torch.compile(m)`), its second (`typing.cast(T, m)`), or what calling its first argument returns (FastAPI `Depends(get_model)`). */
  passThrough?: 'receiver' | 'arg0' | 'arg1' | 'arg0-result' | 'arg0-part';
  /**
   * With `passThrough: 'arg0-part'`, a call that runs the parts of a list in order (`RunnableSequence.from([prompt,
   * model, parser])`) is the first part of this type; without one, it has the row's `type`.
   */
  partType?: string;
  /** Only when the first positional argument is this string literal (`boto3.client("sagemaker-runtime")`), or the keyword `arg0Name` is. */
  arg0?: string;
  /** The keyword name of that first parameter (`boto3.client(service_name="bedrock-runtime")`). */
  arg0Name?: string;
  /** Calling this loads a model. */
  load?: LoadRule;
  /** The call makes a configuration that names the model by this argument (`paddle.inference.Config("m.pdmodel", …)`): a load given it is as pinned as that. */
  names?: (number | string)[];
  /**
   * The call loads the model into one of its arguments, which is the model (of the row's `type`) from then on:
   * TF1 `saver.restore(sess, path)` and `tf.saved_model.loader.load(sess, tags, dir)` make `sess` the model.
   */
  loadsInto?: number;
  /**
   * The call makes a holder whose content is typed by the call's first type argument or by what the code
   * puts in it: `current` for a ref (`useRef<T>()`, `ref.current = …`), `state` for a `[value, setValue]`
   * pair (`useState<T>()`, `setValue(await load())`).
   */
  holds?: 'current' | 'state';
}

export interface InferenceRow {
  /**
   * A symbol pattern. `?#member.path` matches a call spelled that way on any receiver when the first argument
   * matches `arg0Pattern`, or, without one, on a receiver the engine cannot type (a parameter, a project import).
   */
  match: string;
  /** Only when the first positional argument (a literal or constant URL) matches this regex: `fetch(".../v2/models/x/infer")`. */
  arg0Pattern?: string;
  /**
   * The URL is this positional argument, and the ones before it are the HTTP method, which must match `method`
   * (case-insensitive): `requests.request("POST", url, data=…)`.
   */
  urlArg?: number;
  method?: string;
  /**
   * Only when the URL (first argument, or `url` in the options) ends with a route that a module of the project serves with a
   * model (`fetch("/api/chat", …)` when `app/api/chat/route.ts` calls an LLM): the request asks the project's own service for a prediction.
   */
  ownRoute?: true;
  /**
   * Only when a JSON body the request sends (`body: JSON.stringify({ messages })`, `json={"prompt": …}`) has one of these keys:
   * a chat front end's `fetch("/api/chat", …)` carries the conversation, a messaging app's does not.
   */
  bodyKeys?: string[];
  /**
   * Not when the first positional argument (a literal, a constant or a template of them) matches this regex, case-insensitive:
   * txtai's `embeddings.search("SELECT COUNT(*) FROM txtai")` is plain SQL over the content store and embeds nothing.
   */
  arg0Unless?: string;
  /**
   * A command run as a child process (`subprocess.run(["ollama", "run", model], input=prompt)`, Node's
   * `spawn("ollama", ["run", model])`): only when its command line — the argument list's elements (an unknown one as
   * `*`), or the command string, joined by spaces, with the program's folder dropped — matches this regex.
   */
  argvPattern?: string;
  /**
   * With a `?#member` match: only when the first argument is built by a constructor of this name (a regex on
   * the class name as written): `client.send(new InvokeModelCommand(…))` whatever `client` is.
   */
  arg0Constructor?: string;
  /** Only for these languages (argument conventions differ: Python `sess.run(names, feed)`, JS `session.run(feeds, names)`). */
  languages?: ('python' | 'typescript' | 'javascript')[];
  /** `llm`: the call names a hosted model (in `modelArg`) whose pinning is checked. */
  kind?: 'model' | 'llm';
  /** Where an `llm` call names its model (default `model`): `env.AI.run("@cf/…")`, Bedrock `modelId`. */
  modelArg?: (number | string)[];
  /** Arguments that carry the model's input; default: every argument not listed in configArgs. */
  inputArgs?: (number | string)[];
  /**
   * Only when one of `inputArgs` is given: an HTTP request that sends no body (a GET polling a prediction's
   * status, listing models) is not a prediction. An options object the engine cannot see into counts as given,
   * unless `'spelt'`: then one of `inputArgs` must be written at the call (a shape known only by that argument).
   */
  needsInput?: true | 'spelt';
  /**
   * Only in a file that also makes a value of this type: a Haystack pipeline runs a model only if a generator is added to it (else it indexes);
   * a `?#member` row's method is that API's only where the file makes such sessions (`summarizer.summarize(t)`, the session kept in a map).
   */
  needsInFile?: string;
  /**
   * Only when a node added to the graph (by one of these builder methods) is a model or a model's method passed as a
   * value: LangGraph's `addNode("agent", agent.invoke.bind(agent))`, `add_node("llm", model)`. A graph whose nodes are the
   * project's functions runs its model inside them, where those calls are the inference points.
   */
  modelNode?: string[];
  /**
   * How a fix records what the call returns, per language: field names with templates on the result (`$`; `{np}` is
   * numpy as the file imports it). A summary of a large value (the first values and the shape of an array) or
   * the parts of a response object worth keeping (its text, `id`, the served `model`, which is the model version).
   * Not used for a streamed call (`stream=True`), whose result is an iterator. Without it the result is recorded as it is.
   */
  result?: ResultTemplate;
}

export interface ResultTemplate { python?: Record<string, string>; typescript?: Record<string, string> }

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
  /**
   * A decorator (or wrapper of a callback) that records the function's arguments (`inputs`) and return value (`outputs`),
   * as trace decorators do by default (LangSmith `@traceable`, Langfuse `@observe`, Weave `@weave.op`): a prediction made
   * from the arguments, or returned, is recorded — at function level, which its evidence says.
   */
  records?: ('inputs' | 'outputs')[];
}

export interface ClassBaseRow {
  match: string;
  /** Instances of a subclass get this type (e.g. torch.nn.Module subclasses are modules). */
  type?: string;
  /** Attributes the base class sets, with their types (TorchServe's BaseHandler sets self.model). */
  attributes?: Record<string, string>;
}

/**
 * A framework's entry-point contract: which hook loads the model, which serves, and where the model is
 * held between them. Applies to a class (by base, name or decorator) or to a module (by the functions it
 * defines). In a class, attributes (`self.x`) that a load hook assigns from a call hold models; in a
 * module, names a load hook assigns (`global model`) do, or its return value reaches the serve hooks'
 * `modelParams`. Calls of such a model (or of its predict/generate/… methods) in a serve hook are inference.
 */
export interface EntryPointContract {
  /** The framework, as the docs name it. */
  framework: string;
  /** Resolved base-class patterns (`mlserver.MLModel`, `kserve.Model`). */
  classBases?: string[];
  /** Class names the framework looks up by name (Triton's `TritonPythonModel`). */
  classNames?: string[];
  /** Resolved class-decorator patterns (`bentoml.service`, `ray.serve.deployment`, `*.cls` of Modal). */
  classDecorators?: string[];
  /** Module-level functions that must all be defined (SageMaker `model_fn` + one of the serve hooks). */
  moduleFunctions?: string[];
  /** Methods (or functions) that load: what they assign (attributes, globals) or return holds a model. */
  loadHooks: string[];
  /** Methods (or functions) the framework calls to serve. */
  serveHooks: string[];
  /** Per serve hook, the parameter (index or name) that receives the load hook's return value. */
  modelParams?: Record<string, number | string>;
  /** Method decorators marking load/serve hooks (Modal `@modal.enter()` / `@modal.method()`). */
  loadDecorators?: string[];
  serveDecorators?: string[];
}

/** Calls that run a callable they are given later (`Thread(target=model.generate)`, `loop.run_in_executor(None, model.predict, x)`). */
export interface DeferredCallRow {
  match: string;
  /** The argument (index or keyword) that holds the callable. */
  callable: number | string;
  /** Where its arguments are (`kwargs=`, the rest of the positional arguments); default: every other argument. */
  argsFrom?: (number | string)[];
}

/**
 * One knowledge pack: everything the engine knows about one library or framework. Adding a library is
 * adding one pack file (and its fixtures under `test/fixtures/packs/<id>/`).
 */
export interface KnowledgePack {
  /** The pack's file name, also the fixture folder's name. */
  id: string;
  /** Display name of the library or framework. */
  name: string;
  languages: ('python' | 'typescript')[];
  /** One or two sentences: what the pack recognises. */
  description: string;
  tables: Partial<KnowledgeTables>;
}

/** Calls that pass typed values to a callback they are given (`tracer.startActiveSpan(name, span => …)`). */
export interface CallbackRow {
  match: string;
  params: string[];
  /** The call is a load that hands the model to its callback (`natural.BayesClassifier.load(path, null, (err, c) => …)`): the typed parameters come from it. */
  fromCall?: true;
}

export interface KnowledgeTables {
  /** Imports that make a file an ML file (used by the unknown-receiver heuristic). */
  mlModules: string[];
  producers: ProducerRow[];
  inference: InferenceRow[];
  sinks: SinkRow[];
  regions: RegionRow[];
  callbacks: CallbackRow[];
  classBases: ClassBaseRow[];
  contracts: EntryPointContract[];
  deferredCalls: DeferredCallRow[];
  /** Calls that yield a prediction/request id; `propagated` ids come from the caller or the trace. */
  idSources: { match: string; propagated?: boolean }[];
  /** Monotonic or wall clocks whose readings form a timing pair. */
  clocks: string[];
  /** Calls that validate inputs. */
  validators: string[];
  /**
   * Objects a program keeps values on across functions, requests or reruns, as the access path spells them
   * (`window`, `app.state`, `session_state`): a model stored there in one place is that model where it is read.
   */
  sharedStores: string[];
  /**
   * Metrics that compare predictions with known answers (`accuracy_score(y_test, y_pred)`): a prediction whose
   * result goes into one in the same function is an evaluation, not a serving prediction.
   */
  evaluationMetrics: string[];
  /**
   * Model libraries without rows of their own (`easyocr`, `stable_baselines3`, `flair`…), by package root. What a
   * class or a loader of theirs returns (`easyocr.Reader([…])`, `PPO.load(path)`) is typed `model.library` (its
   * name says model: `*Predictor`, `*Pipeline`, a loader; calling it runs it) or `model.library-object`; the
   * `model.library*#verb` inference rows say which methods run it. Usage is the evidence: the call that made the
   * object is reported as a load only when one of those methods is called on it.
   */
  modelLibraries: string[];
  /**
   * Model libraries whose classes build a fresh, untrained model (river's `linear_model.LinearRegression()`, pyod,
   * surprise): constructing one (a class) is not a load, whatever is called on it; their loader functions still are.
   */
  untrainedModelLibraries: string[];
  /** Modules only load-test scripts import (k6): their requests to `/predict` are generated traffic, so nothing in such a file is a prediction. */
  loadTestModules: string[];
  /**
   * Library objects that stand for a project module: Django's `django.conf.settings` is the project's `settings`
   * module, so `settings.IMAGE_MODEL` is the model `settings.py` loads.
   */
  projectAliases: { match: string; module: string }[];
  /** Methods whose name alone, on an unresolved receiver in an ML file, suggests inference. */
  heuristicInferenceMethods: string[];
  /**
   * Methods that run a model when called on a receiver *named* as one whose origin the file does not show
   * (`self.tts_model.tts(text)`, `llm.invoke(prompt)`): see namedModels.ts.
   */
  namedModelMethods: string[];
  /** Such methods that are common outside ML too (`run`, `process`, `stream`): only in a file that imports an ML library. */
  namedModelCommonMethods: string[];
  /** Words that make a name a model's (`model`, `llm`, `classifier`): `churn_model`, `chatModel`. */
  modelNameWords: string[];
  /** Words that make a name a model's only in a file that imports an ML library (`net`, `chain`, `pipe`, `agent`). */
  weakModelNameWords: string[];
  /** Last words that make a name something about a model, not the model (`model_path`, `modelService`, `llm_config`). */
  notModelNameWords: string[];
  /** Words that make a name a function's (`create_model`, `setModel`, `useLocalLLM`): calling it is not calling a model. */
  actionNameWords: string[];
  /** Key sets of a JSON request body in a hosted LLM API's shape (`model` + `messages`): sending one is a model call (requestBodies.ts). */
  llmRequestBodies: string[][];
  /** HTTP clients' post functions whose second argument is the payload (`axios.post(url, data)`). */
  payloadPosts: string[];
  /**
   * Words that, before a last word `url`/`uri`/`endpoint`, make a URL's name a model service's (`model_url`, `inferenceEndpoint`,
   * `SCORING_URI`): a request with a body to a URL the code does not spell, held under such a name, is a prediction.
   */
  modelServiceUrlWords: string[];
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
  /** Dated snapshots a hosted model alias can be pinned to, newest first (`gpt-4o-mini` → `gpt-4o-mini-2024-07-18`): offered by MLO003's fix. */
  modelSnapshots: Record<string, string[]>;
  /** A value on which one of these methods is called is of that type (`net.load_state_dict(…)` → a torch module). */
  typeFromUsage: Record<string, string>;
  /** Calls whose result carries none of their arguments' data (`len`, `isinstance`). */
  opaqueCalls: string[];
  /** Calls that send a response to the caller (`res.json(…)`, `jsonify(…)`): an id passed to them leaves the service. */
  responseWriters: string[];
  /**
   * Types of user-defined models (a project's `nn.Module` subclass): a method of theirs given data runs the model
   * (`captioner.caption_image(img, vocab)`), except the library's own API on the instance (`to`, `state_dict`, …).
   */
  customModelMethods: { type: string; except: string[]; /** only on a receiver whose name says model (`reco_model`): a deserialised object may be data */ namedModel?: true }[];
  /**
   * Imported objects that hold the current request's data (Flask's `request`, and `g`): what is read from them is data, unlike
   * a module; what a request hook stores on one (`g.request_id = …` in `before_request`) is there for the handler.
   */
  requestImports: string[];
  /** Names resolved without an import when nothing in the file binds them: Python builtins (`print` → `builtins.print`), globals a script tag or `importScripts` defines (`ort`, `tf`). */
  builtins: Record<string, string>;
  /**
   * What makes a file a service's entry point: an app object (`FastAPI()`, `express()`), a class or function decorator
   * (`@bentoml.service`, `@serve.deployment`). Framework hook contracts (`contracts`) and route registrations are entry
   * points too, without rows here.
   */
  serviceEntries: ServiceEntryRow[];
  /** Calls that are evidence of a per-service facet (an OTel `Resource`, `sentry_sdk.init(release=…)`), or reads that make one required (a feature-store read). */
  serviceEvidence: ServiceEvidenceRow[];
  /** Calls that start auto-instrumentation of libraries (OpenLLMetry, OpenInference, OpenLIT): what they record of every call. */
  instrumentors: InstrumentorRow[];
  /** How web frameworks register functions that run on every request (middleware, hooks). */
  requestHooks: RequestHookRow[];
}

export interface InstrumentorRow {
  match: string;
  /** As the docs name it (`OpenLLMetry (Traceloop)`). */
  name: string;
  /** Callee prefixes of the inference points it records (`client.openai`, `openai`); `*` for every LLM call. */
  libraries: string[];
  /** What it records of each call by its documented defaults. */
  covers: ('model-version' | 'inputs' | 'outputs' | 'latency' | 'errors' | 'prediction-id')[];
  /**
   * A web framework's instrumentation (a span per request, unhandled exceptions captured): it records what escapes a
   * request handler, so it covers predictions made in a route's handler, at request level (`libraries` is then empty).
   */
  requestLevel?: true;
  /**
   * Binds fields to the request's (or task's) context instead (`structlog.contextvars.bind_contextvars(request_id=…)` in a
   * middleware): every later record of this logger type (`logger.structlog`) carries them, in any module. `covers` is
   * then what the bound field names prove (a `request_id` → prediction-id).
   */
  contextFor?: string;
  /**
   * Fields the binding always carries, whatever the call is given (pino-http's request id on `req.log`); with
   * `contextFor: 'request.log'` the records are those made through the request's logger (`req.log.info(…)`).
   */
  binds?: string[];
  /** Started by importing a module (`from langfuse.openai import OpenAI` patches the SDK), not by a call. */
  onImport?: true;
  /**
   * Only when one of these arguments (a position, or a keyword or property of an options object) is given a value that is
   * not `false`/`None`/`null`: Fastify's request logger exists only with `Fastify({ logger: true })`.
   */
  withArg?: (number | string)[];
  /**
   * With `requestLevel`: what it records of a failure that escapes the handler, for the note (default: the exception).
   * morgan and the Prometheus exporters record the response's status, a 5xx: the request's failure, not the model call's error.
   */
  requestNote?: string;
  /**
   * It times every request (morgan's `:response-time`, a request-duration histogram): that is not the model call's latency,
   * which stays uncovered, with a note naming the request timer. A string: only when the first argument (morgan's format)
   * is a literal matching this regex.
   */
  timesRequests?: true | string;
  /**
   * A middleware package that gives each request an id: how a handler reads it, as access paths on one of the handler's
   * parameters (`id` for `req.id`; `get:requestId` for Hono's `c.get("requestId")`), and whether it sends the id back by
   * default (a response header), which makes the prediction joinable by the caller.
   */
  requestId?: { readAs: string[]; echoed: boolean; /** the option that, `false`, turns the response header off (`setHeader`) */ echoOption?: string };
  /**
   * With `contextFor`: the bound fields are not carried by a logger but read back from the context by this call, so a
   * record whose arguments call it carries them (`logger.info({ ...als.getStore(), answer })` after `als.run({ requestId }, next)`).
   */
  readBy?: string;
}

/**
 * How a web framework runs a function on every request before (or around) the handler: the function is a request hook,
 * and what it stores on the request (an id), sends back (an `x-request-id` header) or times is request-scoped.
 * The registration is matched on its shape, whatever the app object is (as routes are): a method called with the hook
 * (`app.use(fn)`), a decorator (`@app.before_request`), or a method of a subclass (`BaseHTTPMiddleware.dispatch`).
 */
export interface RequestHookRow {
  framework: string;
  languages: ('python' | 'typescript' | 'javascript')[];
  /** `app.use(fn)`, `fastify.addHook("onRequest", fn)`: the method's name. */
  method?: string;
  /**
   * Only a function that takes the rest of the chain as its last parameter (`(req, res, next)`, `(ctx, next)`): `app.use(fn)`
   * also mounts a terminal handler (`app.use(async ctx => { ctx.body = … })`), which is the request's handler, not a hook.
   */
  needsNext?: true;
  /** `@app.before_request`, `@app.middleware("http")`: the decorator method's name. */
  decorator?: string;
  /** Only when the registration's first argument is one of these literals (`onRequest`, `http`). */
  arg0?: string[];
  /** A class base (a resolved path) whose `classMethod` runs per request. */
  classBase?: string;
  classMethod?: string;
}

export interface ServiceEntryRow {
  /** A symbol pattern of a call (the app object's constructor) or of a decorator. */
  match: string;
  /** What the entry point is, as the framework's docs name it (`FastAPI app`). */
  kind: string;
}

export type ServiceFacetId = 'deployment-context' | 'upstream-provenance' | 'outcome' | 'segment-context';

export interface ServiceEvidenceRow {
  match: string;
  facet: ServiceFacetId;
  /** Only when one of these arguments (keyword, or property of an options object) is given: `pino({ base })`, `sentry_sdk.init(release=…)`. */
  withArg?: string[];
  /**
   * `reads`: the call reads upstream data (Feast `get_online_features`): not evidence itself, it makes the facet
   * required for the service, and is covered when what it returns, or a version field, is recorded.
   */
  role?: 'evidence' | 'reads';
  /** What the evidence covers, when it is less than the facet (`service name only`). */
  note?: string;
}
