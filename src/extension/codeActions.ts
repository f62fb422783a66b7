/**
 * Code actions: each engine Fix becomes a quick fix tied to its finding's diagnostic; `source.fixAll.mlobs`
 * applies the safe subset chosen by `selectFixAll`. The engine computes every edit; nothing is decided here.
 */
import * as vscode from 'vscode';
import type { Fix } from '../engine';
import { sameDiagnostic, SOURCE, toRange } from './diagnostics';
import type { DocState, DocumentAnalyzer, EditorFix } from './documents';
import { engine } from './engine';
import { fixAllEdits, selectFixAll } from './fixes';
import type { Host } from './host';

export const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('mlobs');
/** "Mark as inference point": teaches the engine a call it does not recognise (a knowledge entry in mlobs.json). */
export const MARK_INFERENCE = vscode.CodeActionKind.RefactorRewrite.append('mlobs.markInference');

export class CodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL, MARK_INFERENCE],
  };

  constructor(private readonly docs: DocumentAnalyzer, private readonly host: Host) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const state = await this.docs.current(doc);
    // Edits are positioned in the analysed text: never offer them for another version.
    if (!state || state.version !== doc.version) return [];
    const fixes = this.fixesOf(state);
    const only = context.only;
    const actions: vscode.CodeAction[] = [];
    if (!only || only.contains(vscode.CodeActionKind.QuickFix)) {
      for (const diag of context.diagnostics) {
        if (diag.source !== SOURCE) continue;
        const index = state.diagnostics.findIndex(d => sameDiagnostic(d, diag));
        if (index < 0) continue;
        for (const fix of fixes.filter(f => f.findingIndex === index)) actions.push(this.quickFix(doc.uri, fix, diag));
      }
    }
    // Fix-all only when asked for (on save, or the Source Action menu), like other linters.
    if (only && (only.contains(FIX_ALL) || FIX_ALL.contains(only))) {
      // a notebook cell's fix-all changes that cell only: a fix that also edits another cell is left to its quick fix
      const own = fixes.filter(f => !f.uris || f.uris.every(u => u.toString() === doc.uri.toString()));
      // On save (an automatic request) fix-all runs unasked, so instrumentation needs the opt-in; chosen from the
      // Source Action menu or a keybinding (an invoked request), it is the user's explicit request for exactly that.
      const explicit = context.triggerKind === vscode.CodeActionTriggerKind.Invoke;
      const chosen = selectFixAll(own, explicit || state.settings.fixAllIncludeInstrumentation);
      if (chosen.length) {
        const action = new vscode.CodeAction(`mlobs: apply ${chosen.length} fix${chosen.length === 1 ? '' : 'es'}`, FIX_ALL);
        action.edit = this.edit(doc.uri, fixAllEdits(chosen));
        action.diagnostics = chosen.map(f => state.diagnostics[f.findingIndex]).filter(Boolean);
        actions.push(action);
      }
    }
    // Only when asked for (Ctrl+., the Refactor menu), never in the automatic lightbulb: it is offered on any call the
    // engine can name, and a file without ML must stay quiet.
    if (context.triggerKind === vscode.CodeActionTriggerKind.Invoke && (!only || only.contains(MARK_INFERENCE) || MARK_INFERENCE.contains(only)) && doc.uri.scheme === 'file') {
      const mark = this.markable(state, range.start);
      if (mark) {
        const action = new vscode.CodeAction(`mlobs: Mark ${mark.text} as an inference point (in mlobs.json)`, MARK_INFERENCE);
        action.command = { command: 'mlobs.markInference', title: action.title, arguments: [doc.uri, mark.knowledge, mark.text] };
        actions.push(action);
      }
    }
    return actions;
  }

  /** The call under the cursor the engine does not take for an inference point yet, with the knowledge that would make it one. */
  private markable(state: DocState, pos: vscode.Position): ReturnType<ReturnType<typeof engine>['markableCallAt']> {
    const at = { line: pos.line, col: pos.character };
    const inside = (r: { start: typeof at; end: typeof at }) => (r.start.line < at.line || (r.start.line === at.line && r.start.col <= at.col)) && (at.line < r.end.line || (at.line === r.end.line && at.col <= r.end.col));
    if (state.result.skipped || state.result.inferencePoints.some(p => inside(p.calleeRange))) return undefined;
    try {
      return engine().markableCallAt(state.result.path, state.text, state.resolved.config, at);
    } catch (e) {
      this.host.failed('finding the call to mark', state.uri.fsPath, e);
      return undefined;
    }
  }

  private fixesOf(state: DocState): EditorFix[] {
    try {
      return state.fixes();
    } catch (e) {
      // Fixes are an extra: a failure must not take the lightbulb down; it is logged for a bug report.
      this.host.failed('computing quick fixes', state.uri.fsPath, e);
      return [];
    }
  }

  private quickFix(uri: vscode.Uri, fix: EditorFix, diag: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diag];
    action.isPreferred = fix.isPreferred;
    action.edit = this.edit(uri, fix.edits, fix.uris);
    return action;
  }

  /** `uris[i]`, when given, is the document `edits[i]` changes (a notebook's other cell); otherwise `uri`. */
  private edit(uri: vscode.Uri, edits: Fix['edits'], uris?: vscode.Uri[]): vscode.WorkspaceEdit {
    const we = new vscode.WorkspaceEdit();
    const byDoc = new Map<string, { target: vscode.Uri; edits: Fix['edits'] }>();
    edits.forEach((e, i) => {
      const target = uris?.[i] ?? uri;
      const entry = byDoc.get(target.toString()) ?? { target, edits: [] };
      entry.edits.push(e);
      byDoc.set(target.toString(), entry);
    });
    for (const { target, edits: own } of byDoc.values()) {
      // a fix with a value to fill in (the commit sha of a pin) inserts it as a snippet: the placeholder is a tab stop
      if (own.some(e => e.placeholders?.length)) {
        we.set(target, own.map(e => e.placeholders?.length ? new vscode.SnippetTextEdit(toRange(e.range), snippetOf(e.newText, e.placeholders)) : vscode.TextEdit.replace(toRange(e.range), e.newText)));
      } else {
        for (const e of own) we.replace(target, toRange(e.range), e.newText);
      }
    }
    return we;
  }
}

/** The text as a snippet: its own `$`, `}` and `\` escaped, each placeholder a numbered tab stop holding its text. */
export function snippetOf(text: string, placeholders: string[]): vscode.SnippetString {
  let out = text.replace(/[$}\\]/g, c => `\\${c}`);
  placeholders.forEach((p, i) => { out = out.split(p).join(`\${${i + 1}:${p}}`); });
  return new vscode.SnippetString(out);
}
