import type { KnowledgePack } from '../types';

/**
 * Chrome's built-in AI APIs: globals of the page or extension (no import), each `create()` making a session of a
 * model the browser downloads and updates itself (Gemini Nano): the code names no model, so no load is reported.
 */
const SESSIONS: Record<string, string[]> = {
  LanguageModel: ['prompt', 'promptStreaming'],
  Summarizer: ['summarize', 'summarizeStreaming'],
  Writer: ['write', 'writeStreaming'],
  Rewriter: ['rewrite', 'rewriteStreaming'],
  Proofreader: ['proofread'],
  Translator: ['translate', 'translateStreaming'],
  LanguageDetector: ['detect'],
};

/**
 * The origin-trial namespace these APIs had before they became globals (Chrome 127-137): `window.ai.writer.create()`,
 * `ai.languageModel.create()` (first `ai.assistant`), and the older Translation API's `translation.createTranslator()`.
 */
const NAMESPACE: Record<string, string> = {
  'ai.languageModel.create': 'LanguageModel', 'ai.assistant.create': 'LanguageModel', 'ai.summarizer.create': 'Summarizer',
  'ai.writer.create': 'Writer', 'ai.rewriter.create': 'Rewriter', 'ai.translator.create': 'Translator',
  'ai.languageDetector.create': 'LanguageDetector', 'translation.createTranslator': 'Translator', 'translation.createDetector': 'LanguageDetector',
};

const pack: KnowledgePack = {
  id: 'chrome-built-in-ai',
  name: 'Chrome built-in AI (Prompt API, Summarizer, Translator, …)',
  languages: ['typescript'],
  description: 'The browser\'s `LanguageModel.create()` session and its `prompt` / `promptStreaming`, and the task APIs (`Summarizer`, `Writer`, `Rewriter`, '
    + '`Proofreader`, `Translator`, `LanguageDetector`), also under their older `window.ai` namespace (`ai.writer.create()`, `ai.languageModel.create()`) '
    + 'and `translation.createTranslator()`; a session made elsewhere is known by `promptStreaming` / `summarizeStreaming`.',
  tables: {
    builtins: { ...Object.fromEntries(Object.keys(SESSIONS).map(g => [g, `chrome-ai.${g}`])), ai: 'chrome-ai.ai', translation: 'chrome-ai.translation' },
    producers: [
      ...Object.keys(SESSIONS).map(g => ({ match: `chrome-ai.${g}.create`, type: `client.chrome-ai-${g}` })),
      ...Object.entries(NAMESPACE).map(([path, g]) => ({ match: `chrome-ai.${path}`, type: `client.chrome-ai-${g}` })),
    ],
    inference: [
      ...Object.entries(SESSIONS).flatMap(([g, methods]) => methods.map(m => ({ match: `client.chrome-ai-${g}#${m}`, inputArgs: [0] }))),
      // `this.#session.promptStreaming(text)` on a session another module created: the method names the API
      { match: '?#promptStreaming', inputArgs: [0] },
      { match: '?#summarizeStreaming', inputArgs: [0] },
      // a session kept where the engine cannot follow it (`this.instances[name] = await this.aiTools[name].create()`, read back by a
      // getter) in a file that makes such sessions; not `write` nor `translate`, which streams and i18n helpers spell too
      ...(['LanguageModel:prompt', 'Summarizer:summarize', 'Rewriter:rewrite', 'Proofreader:proofread', 'LanguageDetector:detect'].map(x => x.split(':'))
        .map(([g, m]) => ({ match: `?#${m}`, inputArgs: [0], needsInFile: `client.chrome-ai-${g}` }))),
    ],
  },
};
export default pack;
