/**
 * web-tree-sitter, bundled on its own as dist/tree-sitter.js. The Python front end loads it with a fresh
 * `require` when it (re)starts the parser: a WASM fault can leave the module's memory corrupt, and
 * web-tree-sitter keeps one module per loaded copy, so only a new copy gives a clean parser.
 */
export { Parser, Language, Edit } from 'web-tree-sitter';
