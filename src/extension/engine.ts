/**
 * The analysis engine, loaded on first use. esbuild maps `../engine` to the separate bundle
 * `dist/engine.js` (see esbuild.js), so activation does not pay for parsing the engine (~60 ms), and the
 * extension host and the worker thread share one copy of it in the .vsix.
 */
import type * as EngineApi from '../engine';

export type Engine = typeof EngineApi;

let cached: Engine | undefined;

export function engine(): Engine {
  return (cached ??= require('../engine') as Engine);
}
