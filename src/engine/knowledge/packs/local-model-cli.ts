import type { KnowledgePack } from '../types';

/**
 * Command-line programs that run a model, started as a child process: `ollama run <model>` (the prompt on stdin or as
 * an argument), llama.cpp's `llama-cli` / `llama-run`, whisper.cpp's `whisper-cli`, openai-whisper's `whisper`, Piper
 * TTS, MLX LM's `mlx_lm.generate`, parakeet-mlx, and the agent CLIs of hosted models asked one question (`claude -p`, `gemini -p`,
 * `codex exec`), also through a shell (`bash -lc "<command>"`) or a tool runner (`uvx`). A server started this way (`ollama serve`,
 * `llama-server`) is not a prediction.
 */
const MODEL_CLI = '^((ba|z)?sh (-l )?-l?c )?((uv tool run|uvx|pipx run) )?'
  + '(ollama(\\.exe)? (run|generate)\\b|(llama-cli|llama-run|whisper-cli|whisper|piper|parakeet-mlx)(\\.exe)?( |$)|(python3? -m )?mlx_lm[. ]generate\\b'
  // agent CLIs of hosted models asked one question non-interactively (`claude -p "…"`, `gemini -p`, `codex exec`)
  + '|(claude|gemini) (.* )?(-p|--print|--prompt)\\b|codex exec\\b)';

const PY_RUNNERS = ['subprocess.run', 'subprocess.Popen', 'subprocess.check_output', 'subprocess.call', 'subprocess.check_call', 'asyncio.create_subprocess_exec', 'asyncio.create_subprocess_shell'];
const JS_RUNNERS = ['child_process.spawn', 'child_process.spawnSync', 'child_process.execFile', 'child_process.execFileSync', 'child_process.exec', 'child_process.execSync',
  'node:child_process.spawn', 'node:child_process.spawnSync', 'node:child_process.execFile', 'node:child_process.execFileSync', 'node:child_process.exec', 'node:child_process.execSync', 'execa.execa', 'execa'];

const pack: KnowledgePack = {
  id: 'local-model-cli',
  name: 'Model command-line programs run as a child process',
  languages: ['python', 'typescript'],
  description: 'A model run through its command-line program from the service: `ollama run <model>`, llama.cpp `llama-cli`, whisper.cpp `whisper-cli`, '
    + 'openai-whisper `whisper`, Piper, `mlx_lm.generate`, parakeet-mlx, `claude -p`/`gemini -p`/`codex exec` (also through `bash -c` or `uvx`) — started with Python `subprocess` / `asyncio` subprocesses or Node `child_process` / execa; '
    + 'the command line is read from its literal parts (the program\'s folder dropped). Starting a server (`ollama serve`) is not a prediction.',
  tables: {
    // `const execAsync = promisify(exec)` is `exec`, awaited
    producers: ['util.promisify', 'node:util.promisify'].map(match => ({ match, passThrough: 'arg0' as const })),
    inference: [
      ...PY_RUNNERS.map(match => ({ match, argvPattern: MODEL_CLI, inputArgs: ['input', 0], languages: ['python' as const] })),
      ...JS_RUNNERS.map(match => ({ match, argvPattern: MODEL_CLI, inputArgs: [1, 'input'], languages: ['typescript' as const, 'javascript' as const] })),
    ],
  },
};
export default pack;
