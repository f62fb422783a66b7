import type { KnowledgePack } from '../types';

/** The built-in modules: each runs the configured language model when called. */
const MODULES = ['Predict', 'ChainOfThought', 'ChainOfThoughtWithHint', 'ReAct', 'ProgramOfThought', 'MultiChainComparison', 'Refine',
  'BestOfN', 'CodeAct', 'Parallel'];

const pack: KnowledgePack = {
  id: 'dspy',
  name: 'DSPy',
  languages: ['python'],
  description: 'DSPy programs: the built-in modules (`dspy.Predict(sig)`, `ChainOfThought`, `ReAct`, …) and subclasses of `dspy.Module` run the '
    + 'language model when called (`program(question=…)`, `acall`, through `dspy.asyncify`); `dspy.LM("openai/gpt-4o-mini")` names the model '
    + '(and calling it directly is a completion). The model is configured globally (`dspy.configure(lm=…)`), so a call does not name it.',
  tables: {
    mlModules: ['dspy'],
    producers: [
      ...MODULES.map(m => ({ match: `dspy.${m}`, type: 'client.dspy' })),
      { match: 'dspy.LM', type: 'client.dspy-lm' },
      { match: 'dspy.asyncify', passThrough: 'arg0' as const },
      // the base class as an annotation of a program handed in (`def execute(instance: dspy.Module)`)
      ...['dspy.Module', 'dspy.primitives.Module', 'dspy.primitives.module.Module'].map(match => ({ match, type: 'client.dspy' })),
    ],
    classBases: [{ match: 'dspy.Module', type: 'client.dspy' }],
    inference: [
      ...['', 'acall', 'forward', 'aforward', 'batch'].map(m => ({ match: `client.dspy#${m}`, kind: 'llm' as const, inputArgs: [0, 'question', 'input', 'query', 'text'] })),
      { match: 'client.dspy-lm#', kind: 'llm' as const, inputArgs: [0, 'messages', 'prompt'] },
    ],
  },
};
export default pack;
