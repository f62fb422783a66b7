/**
 * Entry of the language server bundle (dist/server.js), started by `mlobs server --stdio` (any LSP client)
 * or `--node-ipc` (a Node client such as vscode-languageclient). Stdout is the protocol's channel in stdio
 * mode, so nothing else may write there: console output goes to stderr, which clients show as the server's log.
 */
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from './server';

export type Transport = 'stdio' | 'node-ipc';

/** Serves until the client sends `exit` (or its process, given by `--clientProcessId`, ends). */
export function runServer(transport: Transport, version: string): Promise<number> {
  const toStderr = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
  console.log = console.info = console.debug = toStderr;
  const connection = transport === 'stdio'
    ? createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout))
    : createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));
  startServer(connection, { distDir: __dirname, version });
  return new Promise(() => undefined);
}

// Started directly, as the VS Code extension starts it (`node dist/server.js --node-ipc`): the CLI and its
// dependencies are not loaded at all. The version is the package's, read beside dist/ at run time.
if (require.main === module) {
  const version = (() => { try { return require('../package.json').version as string; } catch { return '0.0.0'; } })();
  void runServer(process.argv.includes('--stdio') ? 'stdio' : 'node-ipc', version);
}
