import type { KnowledgePack } from '../types';

const HOOKS = ['useClassification', 'useObjectDetection', 'useLLM', 'useOCR', 'useVerticalOCR', 'useStyleTransfer', 'useSpeechToText', 'useImageSegmentation',
  'useTextEmbeddings', 'useImageEmbeddings', 'useExecutorchModule', 'useTokenizer', 'useTextToImage'];

const pack: KnowledgePack = {
  id: 'react-native-executorch',
  name: 'React Native ExecuTorch',
  languages: ['typescript'],
  description: 'On-device PyTorch models in React Native: a hook (`useClassification({ modelSource: EFFICIENTNET_V2_S })`, `useLLM`, `useOCR`, '
    + '`useSpeechToText`, …) loads the model its `modelSource` names (the library\'s constants are hub URLs that move with its releases); '
    + '`model.forward(input)`, `generate`, `transcribe`, `sendMessage` run it.',
  tables: {
    mlModules: ['react-native-executorch'],
    producers: HOOKS.filter(h => h !== 'useTokenizer').map(h => ({ match: `react-native-executorch.${h}`, type: 'model.executorch',
      load: { pin: 'url' as const, defaultWeights: true, modelArg: ['modelSource', 'model', 'detectorSources', 'recognizerSources'] } })),
    inference: ['forward', 'generate', 'transcribe', 'sendMessage', 'runInference', 'stream'].map(m => ({ match: `model.executorch#${m}`, inputArgs: [0] })),
  },
};
export default pack;
