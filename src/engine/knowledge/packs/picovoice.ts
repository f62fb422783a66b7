import type { KnowledgePack } from '../types';

/**
 * Picovoice's on-device engines: each `create(access_key=…, …)` loads its model (a built-in keyword or language model of the
 * installed package, or a `.ppn`/`.rhn`/`.pv` file given by path), and `process(frame)` (or `process_file`, `synthesize`) runs it.
 */
const ENGINES: Record<string, string[]> = {
  pvporcupine: ['process'], pvrhino: ['process'], pvcobra: ['process'], pvcheetah: ['process', 'flush'],
  pvleopard: ['process', 'process_file'], pvfalcon: ['process', 'process_file'], pvorca: ['synthesize', 'synthesize_to_file'], pveagle: ['process'],
};
const JS_ENGINES: Record<string, { cls: string; methods: string[] }> = {
  '@picovoice/porcupine-node': { cls: 'Porcupine', methods: ['process'] }, '@picovoice/rhino-node': { cls: 'Rhino', methods: ['process'] },
  '@picovoice/cheetah-node': { cls: 'Cheetah', methods: ['process', 'flush'] }, '@picovoice/leopard-node': { cls: 'Leopard', methods: ['process', 'processFile'] },
  '@picovoice/cobra-node': { cls: 'Cobra', methods: ['process'] }, '@picovoice/orca-node': { cls: 'Orca', methods: ['synthesize', 'synthesizeToFile'] },
};

/** picoLLM, Picovoice's on-device LLM runtime: `create(access_key, model_path)` loads a `.pllm` file, `generate(prompt)` runs it. */
const PICOLLM_JS = ['@picovoice/picollm-web', '@picovoice/picollm-node'];

const pack: KnowledgePack = {
  id: 'picovoice',
  name: 'Picovoice (Porcupine, Rhino, Cheetah, Leopard, Cobra, Orca, picoLLM)',
  languages: ['python', 'typescript'],
  description: 'Python `pvporcupine.create(access_key=…, keywords=[…])` (or `keyword_paths=`, `model_path=`) and the other engines\' `create` load '
    + 'their models (built-in ones follow the installed package: mutable); `porcupine.process(pcm)`, `leopard.process_file(path)`, '
    + '`orca.synthesize(text)` run them. Node: `new Porcupine(accessKey, keywords, sensitivities)` and the other engines\' classes. '
    + 'picoLLM: Python `picollm.create(access_key, model_path)`, web `await PicoLLMWorker.create(accessKey, modelFile)` (or `PicoLLM.create`), '
    + 'Node `new PicoLLM(accessKey, modelPath)` load a `.pllm` model; `generate(prompt)` runs it.',
  tables: {
    mlModules: [...Object.keys(ENGINES), ...Object.keys(JS_ENGINES), 'picollm', ...PICOLLM_JS],
    producers: [
      { match: 'picollm.create', type: 'model.picollm', load: { pin: 'local' as const, modelArg: [1, 'model_path'] } },
      ...['@picovoice/picollm-web.PicoLLMWorker.create', '@picovoice/picollm-web.PicoLLM.create', '@picovoice/picollm-node.PicoLLM']
        .map(match => ({ match, type: 'model.picollm', load: { pin: 'local' as const, modelArg: [1, 'modelPath', 'model'] } })),
      ...Object.keys(ENGINES).map(m => ({ match: `${m}.create`, type: `model.${m}`, load: { pin: 'library' as const, defaultWeights: true, modelArg: ['model_path', 'keyword_paths', 'context_path'] } })),
      ...Object.entries(JS_ENGINES).map(([m, e]) => ({ match: `${m}.${e.cls}`, type: `model.${m}`, load: { pin: 'library' as const, defaultWeights: true, modelArg: ['modelPath'] } })),
    ],
    inference: [
      { match: 'model.picollm#generate', kind: 'llm' as const, inputArgs: [0, 'prompt'] },
      ...Object.entries(ENGINES).flatMap(([m, methods]) => methods.map(v => ({ match: `model.${m}#${v}`, inputArgs: [0] }))),
      ...Object.entries(JS_ENGINES).flatMap(([m, e]) => e.methods.map(v => ({ match: `model.${m}#${v}`, inputArgs: [0] }))),
    ],
  },
};
export default pack;
