/**
 * Single-file components (Vue `.vue`, Svelte `.svelte`): browser apps that run models client-side keep their code in
 * the component's `<script>` blocks (`<script setup lang="ts">`, Svelte's `<script context="module">`). The TS front
 * end reads those blocks as one program. Everything else — the template, styles, the tags themselves — is replaced by
 * spaces, line breaks kept, so every position the engine reports is the component file's own: diagnostics, quick fixes
 * and the CLI need no mapping back. The blocks are found with htmlparser2 (an HTML tokenizer that reads `<script>`
 * content as raw text, as browsers do), not by pattern-matching the source.
 */
import { Parser } from 'htmlparser2';

const COMPONENT = /\.(vue|svelte)$/i;

export function isComponentPath(path: string | undefined): boolean {
  return !!path && COMPONENT.test(path);
}

/** The component's text with only its top-level `<script>` blocks' content left, at the same offsets. */
export function componentScripts(text: string): string {
  const keep: [number, number][] = [];
  let depth = 0;
  let scriptDepth = -1;
  let contentStart = -1;
  let contentEnd = -1;
  const parser = new Parser({
    onopentag(name) {
      if (name === 'script' && depth === 0 && scriptDepth < 0) { scriptDepth = depth; contentStart = parser.endIndex + 1; contentEnd = contentStart; }
      depth++;
    },
    ontext() {
      if (scriptDepth >= 0) contentEnd = parser.endIndex + 1;
    },
    onclosetag(name) {
      depth--;
      if (name === 'script' && depth === scriptDepth && scriptDepth >= 0) {
        if (contentEnd > contentStart) keep.push([contentStart, contentEnd]);
        scriptDepth = -1;
      }
    },
  }, { lowerCaseTags: true, recognizeSelfClosing: true });
  parser.write(text);
  parser.end();
  let out = '';
  let at = 0;
  for (const [start, end] of keep) {
    out += blank(text.slice(at, start)) + text.slice(start, end);
    at = end;
  }
  return out + blank(text.slice(at));
}

/** Spaces for every character but line breaks, so lines and columns stay where they were. */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}
