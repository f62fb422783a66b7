import type { KnowledgePack } from '../types';

/** React and Preact hooks, and the compat builds that re-export them. */
const HOOK_MODULES = ['react', 'preact/hooks', 'preact/compat'];

const pack: KnowledgePack = {
  id: 'react-hooks',
  name: 'React hooks holding models',
  languages: ['typescript'],
  description: 'Browser apps keep models in React state: `useRef<HandLandmarker | null>(null)` types `ref.current` (also when a project helper fills it), `const [model, setModel] = useState<tf.LayersModel>()` or `setModel(await tf.loadLayersModel(…))` types `model`, and `useMemo(() => new Model(), [])` is what its factory returns. Preact\'s hooks alike.',
  tables: {
    producers: HOOK_MODULES.flatMap(m => [
      { match: `${m}.useRef`, holds: 'current' as const },
      { match: `${m}.useState`, holds: 'state' as const },
      { match: `${m}.useMemo`, passThrough: 'arg0-result' as const },
    ]),
  },
};
export default pack;
