/**
 * The language status item (the `{}` beside the language mode in the status bar), as Ruff and ESLint have: what
 * mlobs made of the active document — busy, its counts, or the problem that stops it (a broken config, a file it
 * skipped) — with a link to the log. The log is never opened by itself.
 */
import * as vscode from 'vscode';
import type { AnalysedNotification } from '../server/server';

export class LanguageStatus implements vscode.Disposable {
  readonly item: vscode.LanguageStatusItem;

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('mlobs.status', selector);
    this.item.name = 'mlobs';
    this.item.command = { title: 'Show Log', command: 'mlobs.showLog' };
    this.idle();
  }

  /** An analysis of the active document is waiting or running. */
  busy(): void {
    this.item.busy = true;
  }

  /** The active document's latest result, as the language server announced it (`mlobs/analysed`). */
  show(state: AnalysedNotification): void {
    this.item.busy = false;
    if (state.configProblem) {
      this.item.severity = vscode.LanguageStatusSeverity.Error;
      this.item.text = 'mlobs: config error';
      this.item.detail = `${state.configProblem} (defaults in use)`;
      return;
    }
    if (state.skipped) {
      this.item.severity = vscode.LanguageStatusSeverity.Warning;
      this.item.text = 'mlobs: not analysed';
      this.item.detail = state.skipped;
      return;
    }
    const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    this.item.text = `mlobs: ${n(state.points, 'inference point')}, ${n(state.findings, 'finding')}`;
    this.item.detail = state.notes ? `${n(state.notes, 'note')} in the log` : `analysed in ${state.ms.toFixed(0)} ms`;
  }

  /** The server stopped or failed to start: nothing is analysed until it runs again. */
  stopped(why: string): void {
    this.item.busy = false;
    this.item.severity = vscode.LanguageStatusSeverity.Error;
    this.item.text = 'mlobs: server stopped';
    this.item.detail = why;
  }

  /** No result for the active document yet. */
  idle(): void {
    this.item.busy = false;
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    this.item.text = 'mlobs';
    this.item.detail = 'not analysed yet';
  }

  dispose(): void { this.item.dispose(); }
}
