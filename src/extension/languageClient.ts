/**
 * The language client: how the server's process is started (dist/server.js over node IPC), the client's options,
 * and the server's messages as VS Code shows them. Bundled apart (dist/client.js) and loaded just after activation,
 * so `activate()` never pays for vscode-languageclient.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction, CodeActionRequest, Command, ErrorAction, LanguageClient, LanguageClientOptions, MessageType, RevealOutputChannelOn, ServerOptions,
  ShowMessageRequest, TransportKind,
} from 'vscode-languageclient/node';
import type { KnowledgeAddition } from './configs';

/** The server's "Mark as inference point" command; in VS Code the extension runs it (it can edit an open, unsaved mlobs.json). */
const SERVER_MARK_COMMAND = 'mlobs.server.markInference';

export interface ClientHooks {
  log: vscode.LogOutputChannel;
  selector: vscode.DocumentFilter[];
  /** How the diagnostics link a rule's docs (`{code}` is the rule's code). */
  ruleDocsUri: string;
  /** The command that marks a call as an inference point, with (uri, knowledge, text). */
  markCommand: string;
  warned(message: string): void;
  /** An error to offer with the log (the server's, or the client's own). */
  failed(message: string): void;
  /** The server's process ended and is not restarted. */
  closed(): void;
}

export function createClient(extensionPath: string, hooks: ClientHooks): LanguageClient {
  // the server bundle itself (what `mlobs server` loads), in its own Node process
  const serverModule = path.join(extensionPath, 'dist', 'server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: hooks.selector as { language: string; scheme: string }[],
    outputChannel: hooks.log,
    // the log is offered with an error (see the message handler), never opened by itself
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    diagnosticCollectionName: 'mlobs',
    initializationOptions: { ruleDocsUri: hooks.ruleDocsUri },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => { hooks.closed(); return { action: CloseAction.DoNotRestart }; },
    },
    middleware: {
      // Mark as inference point runs in the extension: the knowledge goes into an open, edited mlobs.json's buffer if there is one
      async provideCodeActions(document, range, ctx, token, next) {
        const actions = await next(document, range, ctx, token);
        for (const a of actions ?? []) {
          const command = a instanceof vscode.CodeAction ? a.command : undefined;
          if (command?.command === SERVER_MARK_COMMAND && command.arguments) {
            const [uri, knowledge, text] = command.arguments as [string, KnowledgeAddition, string];
            (a as vscode.CodeAction).command = { ...command, command: hooks.markCommand, arguments: [vscode.Uri.parse(uri), knowledge, text] };
          }
        }
        return actions;
      },
    },
  };
  const client = new LanguageClient('mlobs', 'mlobs', serverOptions, clientOptions);
  // the server's messages: warnings reported to the extension, errors offered with the log
  client.onRequest(ShowMessageRequest.type, async params => {
    const titles = (params.actions ?? []).map(a => a.title);
    let choice: string | undefined;
    if (params.type === MessageType.Error) {
      hooks.failed(params.message);
      choice = await vscode.window.showErrorMessage(params.message, ...titles, 'Show Log');
      if (choice === 'Show Log') { hooks.log.show(); choice = undefined; }
    } else if (params.type === MessageType.Warning) {
      hooks.warned(params.message);
      choice = await vscode.window.showWarningMessage(params.message, ...titles);
    } else {
      choice = await vscode.window.showInformationMessage(params.message, ...titles);
    }
    return params.actions?.find(a => a.title === choice) ?? null;
  });
  return client;
}

/** Code actions asked of the server directly, as VS Code asks for them (with the trigger kind and the diagnostics). */
export async function askCodeActions(client: LanguageClient, doc: vscode.TextDocument, range: vscode.Range, ctx: vscode.CodeActionContext): Promise<(vscode.CodeAction | vscode.Command)[]> {
  const c2p = client.code2ProtocolConverter, p2c = client.protocol2CodeConverter;
  const answer = await client.sendRequest(CodeActionRequest.type, { textDocument: c2p.asTextDocumentIdentifier(doc), range: c2p.asRange(range), context: await c2p.asCodeActionContext(ctx) });
  return Promise.all((answer ?? []).map(a => (Command.is(a) ? p2c.asCommand(a) : p2c.asCodeAction(a))));
}
