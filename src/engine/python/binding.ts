/**
 * web-tree-sitter, bundled on its own as dist/tree-sitter.js. The Python front end loads it with a fresh
 * `require` when it (re)starts the parser: a WASM fault can leave the module's memory corrupt, and
 * web-tree-sitter keeps one module per loaded copy, so only a new copy gives a clean parser.
 */
import { Node } from 'web-tree-sitter';

// `Node.type` crosses into WASM on every read (marshal the node, ask for its symbol), and the lowering reads it
// about five times per node it visits (2.4M reads on a standard library, the largest single cost of the lowering).
// A node's type never changes, so the first answer is kept on the node.
const symbolName = Object.getOwnPropertyDescriptor(Node.prototype, 'type')?.get;
if (symbolName) {
  Object.defineProperty(Node.prototype, 'type', {
    configurable: true,
    get(this: Node & { knownType?: string }): string { return this.knownType ??= symbolName.call(this) as string; },
  });
}

export { Parser, Language, Edit } from 'web-tree-sitter';
