/**
 * typescript-estree and the TypeScript compiler, as one module. It is built into its own bundle
 * (dist/typescript.js, several megabytes) that the front end `require`s on first use, so a Python-only
 * workspace never loads or even reads it.
 */
export * from '@typescript-eslint/typescript-estree';
export { astConverter } from '@typescript-eslint/typescript-estree/use-at-your-own-risk';
import ts from 'typescript';
export { ts };
