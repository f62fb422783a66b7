/**
 * `mlobs` — the command-line twin of the extension. `mlobs scan [paths…] [--format text|json|sarif]
 * [--config FILE]`. Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage, config or output
 * error, 3 nothing could be analysed (no source file, or every one skipped) or an internal error in some file.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeTextSync, empty, FileResult } from '../engine/analyze';
import { analysePreparedProject, analyzeProject, ProjectFile } from '../engine/project';
import { WorkspaceIndex } from '../engine/workspace';
import { fixText, FixRun } from '../engine/fixes/apply';
import { createTwoFilesPatch } from 'diff';
import { ConfigError, defaultConfig, findConfigFile, loadConfigFile, ResolvedConfig } from '../engine/config';
import { languageOf, supportedExtensions } from '../engine/languages';
import { NOTEBOOK_EXTENSIONS } from '../engine/notebook';
import { RULES } from '../engine/rules';
import { collectFiles } from './walk';
import { toJson, toSarif, toText, TOOL_VERSION } from './report';
import { cacheKey, ResultCache } from './cache';
import { markPartial, serviceInputs } from './services';
import { servicesOf, withServiceFindings } from '../engine/services';
import { isDeployFile } from '../engine/deployFiles';
import { prepareInPool, PoolStats } from './pool';

const USAGE = `Usage: mlobs scan [paths…] [options]
       mlobs rules
       mlobs server --stdio             the language server, for any editor with an LSP client (docs/editors.md)

Finds inference points and model loads in Python serving code and reports which observability facets
each prediction fails to record.

Options:
  -f, --format <text|json|sarif>   output format (default: text)
  -c, --config <file>              config file (default: nearest mlobs.json or .mlobs.json)
      --fail-on <severity>         exit 1 when a finding is at least this severe: error, warning, info, hint (default: from config, else warning)
  -o, --output <file>              write the report to a file instead of stdout
      --fix                        apply the safe fixes, each verified before the next (none of today's fixes is safe:
                                   they change what the service records; see --unsafe-fixes), then report what is left
      --unsafe-fixes               with --fix or --diff: also apply the instrumentation fixes (log lines, timers, ids, except blocks)
      --diff                       print the fixes as a unified diff instead of writing them (exit 1 when there is one)
      --no-cache                   neither read nor write the result cache (.mlobs_cache/ beside the config, else here)
  -j, --jobs <n>                   threads that parse the files, this one and n - 1 workers (default: one per core for
                                   a tree over 2 MB, else 1: all in this thread); the report is the same
      --no-progress                no progress line on stderr
  -h, --help                       this help
  -v, --version                    the version

Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage, configuration or output error;
3 nothing could be analysed (no source files, or all skipped) or the analysis failed in some file.
`;

const SEVERITY_RANK: Record<string, number> = { hint: 0, info: 1, warning: 2, error: 3 };

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: {
      format: { type: 'string', short: 'f', default: 'text' }, config: { type: 'string', short: 'c' }, 'fail-on': { type: 'string' },
      output: { type: 'string', short: 'o' }, 'no-progress': { type: 'boolean' }, 'no-cache': { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' },
      jobs: { type: 'string', short: 'j' }, fix: { type: 'boolean' }, 'unsafe-fixes': { type: 'boolean' }, diff: { type: 'boolean' },
      // `mlobs server`: the transport, and the client's process id that LSP clients append (the server ends with it)
      stdio: { type: 'boolean' }, 'node-ipc': { type: 'boolean' }, clientProcessId: { type: 'string' },
    } });
  } catch (e) { process.stderr.write(`mlobs: ${(e as Error).message}\n\n${USAGE}`); return 2; }
  const { values, positionals } = parsed;
  if (values.help) { process.stdout.write(USAGE); return 0; }
  if (values.version) { process.stdout.write(`${TOOL_VERSION}\n`); return 0; }
  const [command, ...paths] = positionals;
  if (command === 'rules') {
    for (const r of RULES) process.stdout.write(`${r.meta.code}  ${r.meta.name.padEnd(28)} ${r.meta.defaultSeverity.padEnd(8)} ${r.meta.summary}\n`);
    return 0;
  }
  if (command === 'server') {
    if (!values.stdio === !values['node-ipc']) { process.stderr.write('mlobs: server needs one transport: --stdio (or --node-ipc)\n'); return 2; }
    // a separate bundle (dist/server.js), loaded only here
    const { runServer } = require('../server/main') as typeof import('../server/main');
    return runServer(values.stdio ? 'stdio' : 'node-ipc', TOOL_VERSION);
  }
  if (command !== 'scan') { process.stderr.write(command ? `mlobs: unknown command "${command}"\n\n${USAGE}` : USAGE); return 2; }
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) { process.stderr.write(`mlobs: unknown format "${format}" (use text, json or sarif)\n`); return 2; }
  const failOnArg = values['fail-on'];
  if (failOnArg !== undefined && !(failOnArg in SEVERITY_RANK)) { process.stderr.write(`mlobs: unknown severity "${failOnArg}" for --fail-on\n`); return 2; }
  if (values.jobs !== undefined && !/^[1-9][0-9]*$/.test(values.jobs)) { process.stderr.write(`mlobs: --jobs takes a number of threads, 1 or more (not "${values.jobs}")\n`); return 2; }

  const inputs = paths.length ? paths : ['.'];
  let config: ResolvedConfig;
  try {
    const file = values.config ?? findConfigFile(inputs[0]);
    if (values.config && !fs.existsSync(values.config)) throw new ConfigError(values.config, 'does not exist');
    config = file ? loadConfigFile(file) : defaultConfig();
  } catch (e) {
    if (e instanceof ConfigError) { process.stderr.write(`mlobs: configuration error in ${e.file}: ${e.problem}\n`); return 2; }
    throw e;
  }
  const root = config.file ? path.dirname(path.resolve(config.file)) : process.cwd();
  const { files, missing } = collectFiles(inputs, { extensions: [...supportedExtensions(), ...NOTEBOOK_EXTENSIONS], include: config.include, exclude: config.exclude, root });
  if (missing.length) { process.stderr.write(`mlobs: no such file or directory: ${missing.join(', ')}\n`); return 2; }

  const progress = !values['no-progress'] && process.stderr.isTTY && files.length > 20;
  const projectFiles: ProjectFile[] = [];
  const unreadable: FileResult[] = [];
  for (const file of files) {
    try { projectFiles.push({ path: relativeForConfig(file, root), file: path.resolve(file), bytes: fs.readFileSync(file) }); }
    catch (e) { unreadable.push({ ...empty(file, 'unknown'), skipped: true, errors: [{ message: `cannot be read (${(e as NodeJS.ErrnoException).code})` }] }); }
  }
  const index = new WorkspaceIndex(config.tables, root);
  // fixing needs every file's model and the index: it never reads results from the cache
  const cache = values['no-cache'] || values.fix || values.diff ? undefined : new ResultCache(root, cacheKey(config.file, root), projectFiles);
  const unchanged = cache?.unchanged();
  const onProgress = (done: number, total: number) => {
    if (progress && (done % 10 === 0 || done === total)) process.stderr.write(`\rmlobs: analysing ${done}/${total} files…`);
  };
  // fixing analyses again in this thread with the same index: it stays in-process
  const jobs = values.fix || values.diff ? 1 : values.jobs !== undefined ? Number(values.jobs) : defaultJobs(projectFiles);
  let analysed = unchanged ? projectFiles.map(f => unchanged.get(f.path)!)
    : jobs > 1 ? await analyzeWithPool(projectFiles, config, jobs, index, cache, onProgress)
    : await analyzeProject(projectFiles, config, root, onProgress, undefined, index, cache);
  if (progress) process.stderr.write('\r\x1b[K');
  if (cache && !unchanged) cache.save(analysed);
  if (values['unsafe-fixes'] && !values.fix && !values.diff) { process.stderr.write('mlobs: --unsafe-fixes goes with --fix or --diff\n'); return 2; }
  if (values.fix || values.diff) {
    const runs = fixFiles(projectFiles, analysed, config, index, !!values['unsafe-fixes']);
    process.stderr.write(`mlobs: ${fixSummary(runs, !!values.diff)}\n`);
    const notebooks = analysed.filter(r => r.notebook && r.findings.length).length;
    if (notebooks) process.stderr.write(`mlobs: ${notebooks} notebook${notebooks === 1 ? '' : 's'} with findings left as ${notebooks === 1 ? 'it is' : 'they are'}: notebook fixes are applied in the editor, not by --fix\n`);
    for (const r of runs) for (const x of r.run.rejected) process.stderr.write(`  dropped ${path.relative(process.cwd(), r.file.file) || r.file.file}:${x.line} ${x.code} "${x.title}": ${x.reason}\n`);
    if (values.diff) {
      const display = (p: string) => path.relative(process.cwd(), p) || p;
      const patches = runs.filter(r => r.run.applied.length).map(r => createTwoFilesPatch(`a/${display(r.file.file)}`, `b/${display(r.file.file)}`, r.before, r.run.text));
      process.stdout.write(patches.join(''));
      return patches.length ? 1 : 0;
    }
    const changed = runs.filter(r => r.run.applied.length);
    for (const r of changed) {
      try { fs.writeFileSync(r.file.file, (r.bom ? '\ufeff' : '') + r.run.text); }
      catch (e) { process.stderr.write(`mlobs: cannot write ${r.file.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`); return 2; }
    }
    // report what is left, on the files as they now are
    if (changed.length) {
      for (const f of projectFiles) f.bytes = fs.readFileSync(f.file);
      analysed = await analyzeProject(projectFiles, config, root, undefined, undefined, new WorkspaceIndex(config.tables, root));
    }
  }
  // service facets are checked across files: the services of the whole scan, each MLO006 at its first entry point
  const folders = inputs.filter(i => { try { return fs.statSync(i).isDirectory(); } catch { return false; } });
  const services = markPartial(servicesOf(analysed, serviceInputs(analysed, config, root, folders, isDeployFile)), root, folders);
  analysed = withServiceFindings(analysed, services, config.severity.MLO006 ?? 'info');
  // results carry the config-relative path (waivers match it); reports show paths relative to the working directory
  const byPath = new Map(projectFiles.map(i => [i.path, i.file]));
  const results = [...analysed.map(r => ({ ...r, path: byPath.get(r.path) ?? r.path })), ...unreadable];

  const display = (p: string) => path.relative(process.cwd(), p) || p;
  // service paths are config-relative, like the results' before they were made absolute
  const displayService = (p: string) => display(path.resolve(root, p));
  const report = format === 'json' ? JSON.stringify(toJson(results, display, services, displayService), null, 2) + '\n'
    : format === 'sarif' ? JSON.stringify(toSarif(results, display, services, displayService), null, 2) + '\n'
    : toText(results, display, !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR, services, displayService);
  if (values.output) {
    const folder = path.dirname(path.resolve(values.output));
    if (!fs.existsSync(folder)) { process.stderr.write(`mlobs: cannot write the report to ${values.output}: the folder ${folder} does not exist\n`); return 2; }
    try { fs.writeFileSync(values.output, report); }
    catch (e) { process.stderr.write(`mlobs: cannot write the report to ${values.output} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`); return 2; }
  } else process.stdout.write(report);

  // A run that looked at nothing must not pass as a clean one.
  const failed = results.filter(r => r.errors.some(e => /internal error/i.test(e.message)));
  if (failed.length) { process.stderr.write(`mlobs: the analysis failed in ${failed.length} file${failed.length === 1 ? '' : 's'} (see their notes): results are incomplete\n`); return 3; }
  if (!results.length) { process.stderr.write(`mlobs: no Python, TypeScript or JavaScript files under ${inputs.join(', ')}: nothing was analysed\n`); return 3; }
  if (results.every(r => r.skipped)) { process.stderr.write(`mlobs: all ${results.length} file${results.length === 1 ? ' was' : 's were'} skipped (see their notes): nothing was analysed\n`); return 3; }

  const failOn = SEVERITY_RANK[failOnArg ?? config.failOn];
  return results.some(r => r.findings.some(f => SEVERITY_RANK[f.severity] >= failOn)) ? 1 : 0;
}

/**
 * Threads when none are asked for: one per core, for a tree that is not small. Below SMALL_TREE_BYTES, starting the
 * workers (each loads the engine and its parsers) and copying the models back costs more than parsing in parallel
 * saves. Measured on a 2-core machine (README, performance): 1.20× on the CPython standard library when the machine
 * was otherwise quiet, but slower than one thread when other processes kept both cores busy (the main thread's share —
 * taking in the models, about 60 MB of structured clones there, the project index, every analysis — stays serial).
 */
function defaultJobs(files: ProjectFile[]): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  return bytes < SMALL_TREE_BYTES ? 1 : Math.max(1, cores);
}
/** About 1.5 s of parsing on one core (1.5 MB/s on the stdlib): the break-even of a pool's start-up and copying. */
const SMALL_TREE_BYTES = 2 * 1024 * 1024;

/** `analyzeProject` with its phase 1 (parse and lowering) on worker threads: the same results (pool.ts says why). */
async function analyzeWithPool(files: ProjectFile[], config: ResolvedConfig, jobs: number, index: WorkspaceIndex,
  cache: ResultCache | undefined, onProgress: (done: number, total: number) => void): Promise<FileResult[]> {
  const stats: PoolStats = { workers: 0, here: 0, inProcess: 0 };
  const t0 = performance.now();
  // the progress line counts each file twice: read and parsed, then analysed
  const prepared = await prepareInPool(files, config, jobs, d => onProgress(Math.floor(d / 2), files.length), stats);
  const t1 = performance.now();
  const results = analysePreparedProject(prepared, config, (d, total) => onProgress(Math.floor((total + d) / 2), total), undefined, index, cache);
  // for the bench and for bug reports: what the pool did
  if (process.env.MLOBS_POOL_STATS) {
    process.stderr.write(`mlobs: ${stats.workers} worker thread${stats.workers === 1 ? '' : 's'}; ${stats.here} files prepared on the main thread, ${stats.inProcess} more after a worker failed; phase 1 ${Math.round(t1 - t0)} ms, phase 2 ${Math.round(performance.now() - t1)} ms\n`);
  }
  return results;
}

interface FileFixes { file: ProjectFile; before: string; bom: boolean; run: FixRun }

/** Fixes every analysed file that has findings, verifying each fix with the same project index the report used. */
function fixFiles(files: ProjectFile[], results: FileResult[], config: ResolvedConfig, index: WorkspaceIndex, unsafe: boolean): FileFixes[] {
  const out: FileFixes[] = [];
  const byPath = new Map(results.map(r => [r.path, r]));
  for (const file of files) {
    const result = byPath.get(file.path);
    if (!result || result.skipped || !result.findings.length) continue;
    // a notebook's code lives in JSON strings: its fixes are applied in the editor, cell by cell
    if (result.notebook) continue;
    const bytes = Buffer.from(file.bytes);
    const decoded = bytes.toString('utf8');
    // only text that round-trips: a file that is not valid UTF-8 is never rewritten
    if (!Buffer.from(decoded, 'utf8').equals(bytes)) continue;
    const bom = decoded.charCodeAt(0) === 0xfeff;
    const before = bom ? decoded.slice(1) : decoded;
    const analyse = (text: string) => analyzeTextSync(file.path, text, config, { workspace: { index, file: file.file } });
    const language = languageOf(file.path);
    out.push({ file, before, bom, run: fixText(file.path, before, config, { unsafe, analyse, external: language ? index.lookupFor(file.file, language) : undefined }) });
  }
  return out;
}

function fixSummary(runs: FileFixes[], dryRun: boolean): string {
  const applied = runs.reduce((n, r) => n + r.run.applied.length, 0);
  const files = runs.filter(r => r.run.applied.length).length;
  const unsafe = runs.reduce((n, r) => n + r.run.needUnsafe, 0);
  const input = runs.reduce((n, r) => n + r.run.needInput, 0);
  const rejected = runs.reduce((n, r) => n + r.run.rejected.length, 0);
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const parts = [`${dryRun ? 'would apply' : 'applied'} ${plural(applied, 'fix', 'fixes')} in ${plural(files, 'file')}`];
  if (unsafe) parts.push(`${plural(unsafe, 'finding')} ${unsafe === 1 ? 'has' : 'have'} an instrumentation fix (--unsafe-fixes)`);
  if (input) parts.push(`${plural(input, 'pin')} need${input === 1 ? 's' : ''} the version you mean: a commit or a model snapshot (not applied in bulk)`);
  const followUps = runs.flatMap(r => r.run.followUps);
  if (followUps.length) parts.push(`${plural(followUps.length, 'fix', 'fixes')} left a milder finding to finish by hand (${[...new Set(followUps.map(f => f.code))].sort().join(', ')})`);
  if (rejected) parts.push(`${plural(rejected, 'fix', 'fixes')} dropped: the text ${rejected === 1 ? 'it' : 'they'} produced did not verify`);
  return parts.join('; ');
}

/** Waiver paths in the config are relative to the config file's folder. */
function relativeForConfig(file: string, root: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}

main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => {
  process.stderr.write(`mlobs: internal error: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
