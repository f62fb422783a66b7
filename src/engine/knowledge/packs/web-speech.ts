import type { KnowledgePack } from '../types';

const pack: KnowledgePack = {
  id: 'web-speech',
  name: 'Web Speech API (browser speech recognition)',
  languages: ['typescript'],
  description: 'The browser\'s speech recognition (`new SpeechRecognition()`, Chrome\'s `webkitSpeechRecognition`, also read from `window`): '
    + '`recognition.start()` sends the microphone\'s audio to the browser\'s recognition model; results arrive in `onresult`. Speech synthesis '
    + '(`speechSynthesis.speak`) uses the system\'s voices and is left out.',
  tables: {
    builtins: { SpeechRecognition: 'web-speech.SpeechRecognition', webkitSpeechRecognition: 'web-speech.SpeechRecognition' },
    mlModules: ['web-speech'],
    producers: [{ match: 'web-speech.SpeechRecognition', type: 'model.web-speech' }],
    inference: [{ match: 'model.web-speech#start' }],
  },
};
export default pack;
