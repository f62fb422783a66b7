/**
 * The documents the client has open, kept in step with its incremental edits. Besides the text, each
 * document keeps the edits since its last analysis as the engine's `TextChange`s, so the next analysis
 * edits the previous syntax tree instead of reparsing the whole file (as in the VS Code extension).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextChange } from '../engine';

export interface OpenDocument {
  doc: TextDocument;
  /** Edits since the last analysis started; `undefined` after a whole-text replacement (a full reparse). */
  changes: TextChange[] | undefined;
}

export class OpenDocuments {
  private readonly docs = new Map<string, OpenDocument>();

  open(uri: string, languageId: string, version: number, text: string): OpenDocument {
    const d: OpenDocument = { doc: TextDocument.create(uri, languageId, version, text), changes: undefined };
    this.docs.set(uri, d);
    return d;
  }

  /** Applies the client's edits in order: each range is relative to the text left by the previous one. */
  change(uri: string, version: number, events: readonly TextDocumentContentChangeEvent[]): OpenDocument | undefined {
    const d = this.docs.get(uri);
    if (!d) return undefined;
    for (const ev of events) {
      if ('range' in ev) {
        const start = d.doc.offsetAt(ev.range.start), end = d.doc.offsetAt(ev.range.end);
        d.changes?.push({
          rangeOffset: start, rangeLength: end - start, text: ev.text,
          range: { start: { line: ev.range.start.line, col: ev.range.start.character }, end: { line: ev.range.end.line, col: ev.range.end.character } },
        });
      } else {
        d.changes = undefined;
      }
      d.doc = TextDocument.update(d.doc, [ev], version);
    }
    return d;
  }

  /** The edits to hand to the next analysis; from now on edits are collected afresh. */
  takeChanges(uri: string): TextChange[] | undefined {
    const d = this.docs.get(uri);
    if (!d) return undefined;
    const changes = d.changes;
    d.changes = [];
    return changes;
  }

  get(uri: string): OpenDocument | undefined { return this.docs.get(uri); }

  close(uri: string): void { this.docs.delete(uri); }

  all(): OpenDocument[] { return [...this.docs.values()]; }
}
