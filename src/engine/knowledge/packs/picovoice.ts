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

const pack: KnowledgePack = {
  id: 'picovoice',
  name: 'Picovoice (Porcupine, Rhino, Cheetah, Leopard, Cobra, Orca)',
  languages: ['python', 'typescript'],
  description: 'Python `pvporcupine.create(access_key=…, keywords=[…])` (or `keyword_paths=`, `model_path=`) and the other engines\' `create` load '
    + 'their models (built-in ones follow the installed package: mutable); `porcupine.process(pcm)`, `leopard.process_file(path)`, '
    + '`orca.synthesize(text)` run them. Node: `new Porcupine(accessKey, keywords, sensitivities)` and the other engines\' classes.',
  tables: {
    mlModules: [...Object.keys(ENGINES), ...Object.keys(JS_ENGINES)],
    producers: [
      ...Object.keys(ENGINES).map(m => ({ match: `${m}.create`, type: `model.${m}`, load: { pin: 'library' as const, defaultWeights: true, modelArg: ['model_path', 'keyword_paths', 'context_path'] } })),
      ...Object.entries(JS_ENGINES).map(([m, e]) => ({ match: `${m}.${e.cls}`, type: `model.${m}`, load: { pin: 'library' as const, defaultWeights: true, modelArg: ['modelPath'] } })),
    ],
    inference: [
      ...Object.entries(ENGINES).flatMap(([m, methods]) => methods.map(v => ({ match: `model.${m}#${v}`, inputArgs: [0] }))),
      ...Object.entries(JS_ENGINES).flatMap(([m, e]) => e.methods.map(v => ({ match: `model.${m}#${v}`, inputArgs: [0] }))),
    ],
  },
};
export default pack;
