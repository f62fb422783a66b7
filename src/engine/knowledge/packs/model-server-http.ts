import type { KnowledgePack } from '../types';

/** The task routes of hand-written model APIs: what the service does with its model names the route. */
// (`/prompt`: a prompt posted to an LLM backend, or a workflow queued on ComfyUI's API, whose graph runs diffusion models)
const TASK_ROUTE = '/(transcribe|transcriptions|asr|tts|stt|infer|inference|classify|embed|embedding|embeddings|ocr|caption|rerank|llm|summari[sz]e|translate|sentiment|detect|segment|segmentation|synthesi[sz]e|forecast|text[-_]generation|generate[-_]text|completion|prompt)'
  // `/embed/batch`, `/transcribe/file`: the task route with how it is fed
  + '(/(batch|bulk|stream|streaming|async|sync|file|files|image|images|text|audio|video|url|base64|upload))?([?#]|$)';

/** The routes LangServe adds for a runnable at its path. */
const LANGSERVE_ROUTE = '/(invoke|batch|stream|stream_log|stream_events)([?#]|$)';

/**
 * Paths that only model servers serve: `/v1/models/x:predict`, `/v2/models/x/infer`, `/predictions/x`, `/invocations`,
 * and the `/predict` route every hand-written model API (Flask, FastAPI, BentoML) exposes.
 */
const MODEL_SERVER_URL = '/v1/models/[^/:?]+(/versions/[^/:?]+)?:(predict|classify|regress)|/v2/models/[^/?]+(/versions/[^/?]+)?/(infer|generate)|/predictions/[^/?]+|/invocations([?#]|$)'
  + '|/predict([?#]|$)'
  // the Stable Diffusion web UI's API (AUTOMATIC1111, Forge): each route runs a diffusion or captioning model
  + '|/sdapi/v1/(txt2img|img2img|extra-single-image|extra-batch-images|interrogate)([?#]|$)'
  // the task routes of hand-written model APIs (`/transcribe`, `/classify`, `/summarize`, `/embeddings`), and model-compute routes (`/v1/model/compute`)
  + `|${TASK_ROUTE}`
  // `/predict-emotion`, `/predict_price`: a prediction route named for what it predicts
  + '|/predict[-_][\\w-]+([?#]|$)'
  // `/predict/image`, `/predict/batch`: a prediction route with what it takes or how many
  + '|/predict/[\\w-]+([?#]|$)'
  // a versioned API's generation route (`https://api.example.com/v1/generate`), and hosts that only run models
  // (`https://predict.ultralytics.com`, Roboflow's `detect.roboflow.com/<model>/<version>`, `inference.<company>.com`)
  + '|/v\\d+/generate([?#]|$)|^https?://(predict|inference|infer)\\.[\\w.-]+|^https?://(detect|classify|outline|segment|serverless)\\.roboflow\\.com'
  + '|/models?/([^/?#]+/)*(compute|infer|inference|predict|generate|invoke)([?#]|$)'
  // the project's own proxy to a hosted LLM, named for it (`fetch("/.netlify/functions/gemini", { body })`, `/api/openai`)
  + '|/(api|functions|proxy)/(openai|gemini|claude|chatgpt|gpt|anthropic|ollama|groq|mistral|deepseek|ai|llm|genai)([?#]|$)'
  // Azure ML's scoring route on its container instances and managed online endpoints
  + '|\\.azurecontainer\\.io/score([?#]|$)|\\.inference\\.ml\\.azure\\.com/score([?#]|$)';

/**
 * Endpoints of hosted model APIs, called without their SDK: OpenAI and OpenAI-compatible servers
 * (`/v1/chat/completions`, `/v1/completions`, `/v1/embeddings`, `/v1/responses`; `…/chat/completions` after a
 * base URL that holds the version; Azure OpenAI `/openai/deployments/<name>/…`), Anthropic `/v1/messages`,
 * Gemini `:generateContent`, Ollama `/api/generate|chat|embed`, Replicate `/v1/predictions`, Cohere `/v1/chat`,
 * Hugging Face's inference API and router, Google Cloud's AI REST APIs (Vision `images:annotate`, Speech
 * `speech:recognize`, Natural Language `documents:analyzeSentiment`, Translation, Text-to-Speech), and the speech and
 * image APIs of ElevenLabs, Deepgram, AssemblyAI, Stability, fal and Clipdrop.
 */
const HOSTED_MODEL_URL = '/v1/(chat/completions|completions|embeddings|responses|messages|images/(generations|edits|variations)|audio/(transcriptions|translations|speech)|moderations|rerank)([?#]|$)|/chat/completions([?#]|$)|/openai/deployments/[^/?]+/(completions|embeddings|audio|images)'
  // OpenAI's engine-named endpoints of 2020–22 (`/v1/engines/davinci/completions`), still in old extensions and scripts
  + '|/v1/engines/[^/?#]+/(completions|embeddings|search)([?#]|$)'
  // Cloudflare Workers AI over REST (`…/accounts/${id}/ai/run/@cf/meta/llama-3.1-8b-instruct`)
  + '|/accounts/[^?#]*/ai/run/'
  + '|:(generateContent|streamGenerateContent|embedContent|predict)([?#]|$)'
  + '|googleapis\\.com/v\\d\\w*/[^?#]*:(annotate|recognize|longrunningrecognize|analyzeSentiment|analyzeEntities|analyzeEntitySentiment|analyzeSyntax|annotateText|classifyText|moderateText|translateText|detectLanguage|synthesize|detectIntent)([?#]|$)'
  + '|translation\\.googleapis\\.com/language/translate/v2'
  + '|/api/(generate|chat|embed|embeddings)([?#]|$)|api\\.replicate\\.com/v1/(models/[^?]+/)?predictions([?#]|$)|api\\.cohere\\.(ai|com)/v[12]/(chat|generate|embed|rerank)'
  + '|api-inference\\.huggingface\\.co/(models|pipeline)/|router\\.huggingface\\.co/'
  // Bedrock's runtime REST API called without the SDK (`…/model/${id}/converse`, `/invoke`)
  + '|/model/[^/?#]+/(converse|converse-stream|invoke|invoke-with-response-stream)([?#]|$)'
  // Dify's app API: a chat, completion or workflow app answers with its model
  + '|/(chat-messages|completion-messages|workflows/run)([?#]|$)'
  // speech and image APIs: ElevenLabs, Deepgram, AssemblyAI (a transcript is requested by POST), Stability, fal
  + '|api\\.elevenlabs\\.io/v1/(text-to-speech|speech-to-text|speech-to-speech|sound-generation|text-to-sound-effects)'
  + '|api\\.deepgram\\.com/v1/(listen|speak|read)|api\\.assemblyai\\.com/v2/transcript([?#]|$)'
  + '|api\\.stability\\.ai/v\\d\\w*/(generation|stable-image)/|(queue\\.)?fal\\.run/'
  // Baidu's Wenxin Workshop (ERNIE) REST routes, Qianfan's v2 OpenAI-compatible host, Naver CLOVA Studio and Papago
  + '|aip\\.baidubce\\.com/rpc/2\\.0/ai_custom/v1/wenxinworkshop/|qianfan\\.baidubce\\.com/v2/'
  + '|clovastudio\\.(stream\\.|apigw\\.)?ntruss\\.com/|naveropenapi\\.apigw\\.ntruss\\.com/(nmt|papago)/|papago\\.apigw\\.ntruss\\.com/'
  // Coze bot chats and workflow runs; Cartesia's and Gladia's speech routes
  + '|api\\.coze\\.(cn|com)/(v3/chat|v1/workflow/(stream_)?run)|api\\.cartesia\\.ai/(tts|stt)/|api\\.gladia\\.io/(v2/(pre-recorded|transcription|live)|audio/text/audio-transcription)'
  // MiniMax's chat, speech and embedding routes; Perspective's comment analysis
  + '|api\\.minimaxi?\\.(chat|com|io)/v1/(t2a|text/chatcompletion|chatcompletion|embeddings|video_generation|image_generation)|commentanalyzer\\.googleapis\\.com/v1\\w*/comments:analyze'
  // Clipdrop's image models (text-to-image, remove-background, upscaling, …): every route of its API runs one
  + '|clipdrop-api\\.co/[\\w-]+/v\\d'
  // image and video generation APIs: Leonardo.ai, Ideogram, Luma Dream Machine, Runway, Black Forest Labs (FLUX), Recraft
  + '|cloud\\.leonardo\\.ai/api/rest/v1/(generations|generations-motion-svd|variations)|api\\.ideogram\\.ai/(v1/)?[\\w/-]*(generate|edit|remix|upscale)'
  + '|api\\.lumalabs\\.ai/dream-machine/v\\d+/generations|api\\.(dev\\.)?runwayml\\.com/v\\d+/(image_to_video|text_to_image|video_to_video)'
  + '|api\\.(us1\\.|eu1\\.)?bfl\\.(ml|ai)/v\\d+/flux|external\\.api\\.recraft\\.ai/v\\d+/images/'
  // hosts that serve nothing but LLM inference (Groq, Together, Fireworks, DeepSeek, Mistral, Perplexity, xAI, Cerebras,
  // OpenRouter): whatever the route, a request with a body runs a model, except uploads and fine-tuning and batch jobs
  + '|^https?://(api\\.(groq\\.com|together\\.(xyz|ai)|fireworks\\.ai|deepseek\\.com|mistral\\.ai|perplexity\\.ai|x\\.ai|cerebras\\.ai)|openrouter\\.ai/api)/(?![^?#]*(files|fine[-_]?tun|batches|uploads))';
const MODEL_URL = `${MODEL_SERVER_URL}|${HOSTED_MODEL_URL}`;

/**
 * A chat or generation route of the app's own backend (`/api/chat`, `/ask`, `/generate`, `/chat/stream`), often not in the
 * same repository as the front end that calls it: a request there is a prediction when it carries a conversation or a
 * prompt (`CHAT_BODY_KEYS`), as a messaging app's `{ message, roomId }` does not.
 */
// (also as one word of a route's name: `/api/openai-chat`, `/llm_chat`, `/chat-completion`, `/ask-question`)
const CHAT_ROUTE = '/([\\w.]*[-_])?(chat|ask|generate|completion|conversation|assistant|answer|reply|respond)([-_][\\w.]*)?(/(stream|streaming|message|messages|completions?))?([?#]|$)';
const CHAT_BODY_KEYS = ['messages', 'prompt', 'question'];

/**
 * Realtime model sessions over a WebSocket: OpenAI and Azure OpenAI Realtime (`/v1/realtime`, `/openai/realtime`), ElevenLabs
 * text-to-speech `stream-input` and agent conversations, Deepgram `listen`/`speak`, AssemblyAI streaming, Gemini Live
 * (`BidiGenerateContent`). Opening the socket starts the model's session: the audio or text sent on it is the input.
 */
const REALTIME_MODEL_URL = '^wss?://[^?#]*(/v1/realtime|/openai/realtime)([/?#]|$)|api\\.elevenlabs\\.io/v1/(text-to-speech/[^/?]*/(stream-input|multi-stream-input)|convai/conversation)'
  + '|api\\.deepgram\\.com/v1/(listen|speak)|(api|streaming)\\.assemblyai\\.com/v\\d/(realtime/)?ws|BidiGenerateContent';

const pack: KnowledgePack = {
  id: 'model-server-http',
  name: 'HTTP calls to model servers',
  languages: ['python', 'typescript'],
  description: 'HTTP requests (`fetch`, axios, got, ky, undici; Python `requests`, `httpx`, `aiohttp`) whose URL — a literal, a constant or a template of them — is a model server\'s (TF Serving/KServe v1 `:predict`, the v2 protocol `/infer` of KServe, Triton and Seldon, TorchServe `/predictions/…`, SageMaker-style `/invocations`, Azure ML `…azurecontainer.io/score` and `…inference.ml.azure.com/score`) or a hosted model API\'s called without its SDK (OpenAI-compatible and Azure OpenAI `/chat/completions`, Anthropic `/v1/messages`, Gemini `:generateContent`, Ollama `/api/generate`, Replicate predictions, Cohere, Hugging Face inference, Google Cloud Vision/Speech/Natural Language/Translation, ElevenLabs, Deepgram, AssemblyAI, Stability, fal). URLs are read through constants, templates, concatenation and environment defaults (`process.env.HOST || "https://…"`, `os.getenv("URL", "http://…")`); a request that sends no body is not a prediction. A JSON body in an LLM API\'s request shape (`{ model, messages }`, `{ model, prompt }`, `{ model, input }`) makes a request a model call whatever its URL (one read from settings, an in-house `fetchApi` helper); a conversation or a prompt (`{ messages }`, `{ prompt }`, `{ question }`) posted to a chat route of the app\'s backend (`/api/chat`, `/ask`, `/generate`) does too.',
  tables: {
    // a body in a hosted LLM API's shape sent to any URL (one read from a setting, an in-house fetch helper): requestBodies.ts
    llmRequestBodies: [['model', 'messages'], ['model', 'prompt'], ['model', 'input']],
    payloadPosts: ['axios.post', 'axios.put', 'got.post', 'ky.post', 'requests.post', 'httpx.post', 'http.client#post'],
    // a URL the code does not spell (a constructor parameter, a setting) named for the model service it reaches:
    // `requests.post(self.model_url, json=features)`, `fetch(inferenceEndpoint, { method: "POST", body })`
    modelServiceUrlWords: ['model', 'predict', 'prediction', 'predictor', 'inference', 'infer', 'scoring', 'score', 'ml', 'llm', 'embedding', 'embeddings', 'classifier', 'serving'],
    producers: ['httpx.AsyncClient', 'httpx.Client', 'requests.Session', 'requests.session', 'aiohttp.ClientSession'].map(match => ({ match, type: 'http.client' })),
    inference: [
      // a request that sends nothing (a GET polling a prediction, listing models) is not a prediction: needsInput
      ...['fetch', 'node-fetch', 'cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'undici.fetch', 'undici.request'].map(match => ({ match, arg0Pattern: MODEL_URL, inputArgs: ['body'], needsInput: true as const })),
      // `got(url, { method: "POST", json })`, `ky(url, { json })`: the body is in the options
      ...['got', 'ky', 'ofetch.ofetch', 'ofetch.$fetch'].map(match => ({ match, arg0Pattern: MODEL_URL, inputArgs: ['json', 'body', 'form'], needsInput: true as const })),
      // Obsidian plugins' `requestUrl({ url, method: "POST", body })` (its fetch, free of CORS), and the older `request(…)` that resolves to the text
      ...['obsidian.requestUrl', 'obsidian.request'].map(match => ({ match, arg0Pattern: MODEL_URL, inputArgs: ['body'], needsInput: true as const })),
      // `axios(config)`, `axios.request(config)`: the URL and the body may be entries of one options object
      ...['axios.post', 'axios.put', 'axios.postForm', 'axios.putForm', 'got.post', 'got.put', 'ky.post', 'ky.put', 'axios', 'axios.request'].map(match => ({ match, arg0Pattern: MODEL_URL, inputArgs: [1, 'json', 'body', 'data'], needsInput: true as const })),
      // Node's `http.request(options, cb)` / `https.request(url, options, cb)`: the body is written to the request afterwards
      ...['http.request', 'https.request', 'node:http.request', 'node:https.request'].map(match => ({ match, arg0Pattern: MODEL_URL, languages: ['typescript' as const, 'javascript' as const] })),
      ...['requests.post', 'requests.put', 'httpx.post', 'http.client#post'].map(match => ({ match, arg0Pattern: MODEL_URL, inputArgs: ['json', 'data', 'files', 'content', 1], needsInput: true as const })),
      // the method named (`requests.request("POST", API_URL, headers=…, data=data)`, as the Hugging Face snippets write it)
      ...['requests.request', 'httpx.request', 'http.client#request'].map(match => ({ match, method: 'post|put', urlArg: 1, arg0Pattern: MODEL_URL,
        inputArgs: ['json', 'data', 'files', 'content'], needsInput: true as const, languages: ['python' as const] })),
      // a request to a route of the project itself whose handler runs a model (the index knows which: `app/api/chat/route.ts`,
      // `app.post("/caption", …)`, `@app.post("/predict")`), whatever the route is called
      ...['fetch', 'node-fetch', 'cross-fetch', 'undici.fetch', 'got', 'ky', 'ofetch.ofetch', 'ofetch.$fetch', 'axios', 'axios.request', 'axios.post', 'axios.put',
        'axios.get', 'got.post', 'ky.post', 'requests.post', 'requests.put', 'requests.get', 'httpx.post', 'httpx.get', 'http.client#post', 'http.client#get',
        'obsidian.requestUrl', 'obsidian.request'].map(match => ({ match, ownRoute: true as const })),
      { match: '?#post', ownRoute: true as const },
      // a conversation or a prompt posted to a chat route
      ...['fetch', 'node-fetch', 'cross-fetch', 'undici.fetch', 'got', 'ky', 'ofetch.ofetch', 'ofetch.$fetch', 'axios', 'axios.request', 'axios.post', 'got.post', 'ky.post',
        'requests.post', 'httpx.post', 'http.client#post', 'obsidian.requestUrl'].map(match => ({ match, arg0Pattern: CHAT_ROUTE, bodyKeys: CHAT_BODY_KEYS })),
      // a LangServe route (`/chat/invoke`, `/rag/stream`, `/batch`) given its `{"input": …}`: a chain served over HTTP
      ...['fetch', 'node-fetch', 'cross-fetch', 'undici.fetch', 'got', 'ky', 'axios', 'axios.request', 'axios.post', 'got.post', 'ky.post',
        'requests.post', 'httpx.post', 'http.client#post'].map(match => ({ match, arg0Pattern: LANGSERVE_ROUTE, bodyKeys: ['input', 'inputs'] })),
      // an explicit POST to a service's own task route is a prediction even with nothing in its body (`axios.post(`${API}/summarize`)`:
      // the server runs its model on what it holds); a hosted API's route without a body is a probe, as above
      ...['axios.post', 'got.post', 'ky.post', 'requests.post', 'httpx.post'].map(match => ({ match, arg0Pattern: TASK_ROUTE })),
      // any client's `post` to such a URL (a session passed in, locust's `self.client`, an injected HTTP service): the URL is the evidence
      { match: '?#post', arg0Pattern: MODEL_URL, inputArgs: ['json', 'data', 'files', 'content', 'body', 1], needsInput: true as const },
      // an authorised client's request (google-auth-library's `client.request({ url, method: "POST", data })`, gaxios)
      { match: '?#request', arg0Pattern: MODEL_URL, inputArgs: ['data', 'body', 'json'], needsInput: true as const },
      // a realtime session: `new WebSocket("wss://api.openai.com/v1/realtime?model=…")`, Python `websockets.connect(url)`
      ...['WebSocket', 'ws', 'ws.default', 'ws.WebSocket', 'isomorphic-ws', 'isomorphic-ws.default', 'websockets.connect', 'websockets.client.connect',
        'websockets.asyncio.client.connect', 'websocket.create_connection', 'websocket.WebSocketApp', 'aiohttp.ClientSession#ws_connect', 'http.client#ws_connect']
        .map(match => ({ match, arg0Pattern: REALTIME_MODEL_URL, inputArgs: [0] })),
    ],
  },
};
export default pack;
