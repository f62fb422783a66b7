/**
 * Quick fixes are computed by the engine as plain text edits (0-based positions, like everything the
 * engine returns); the editor adapter only turns them into WorkspaceEdits.
 */
import type { Range } from '../model';

/**
 * `placeholders`: parts of `newText` the user is to fill in (`PIN-COMMIT-SHA`); an editor makes them snippet tab
 * stops, a text-only consumer inserts them as they are.
 */
export interface TextEdit { range: Range; newText: string; placeholders?: string[] }

export interface Fix {
  title: string;
  /** The finding this fix resolves (index into FileResult.findings). */
  findingIndex: number;
  code: string;
  /** The facet the fix records, when it is about one facet. */
  facet?: string;
  /**
   * `instrumentation` fixes change what the service records or how it fails (log lines, try/except, ids);
   * `suppression` fixes only add a comment. Only suppression is safe for fix-all unless the user opts in.
   */
  kind: 'instrumentation' | 'pin' | 'suppression';
  isPreferred: boolean;
  edits: TextEdit[];
}
