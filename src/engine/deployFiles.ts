/**
 * Deployment files as evidence of `deployment-context`: the environment variables by which telemetry SDKs take a
 * service's name, version and environment (OpenTelemetry `OTEL_RESOURCE_ATTRIBUTES` / `OTEL_SERVICE_NAME`, Datadog's
 * unified service tags `DD_ENV` / `DD_VERSION` / `DD_SERVICE`, Sentry's `SENTRY_RELEASE` / `SENTRY_ENVIRONMENT`),
 * set in a Dockerfile, a Compose file, a Kubernetes manifest or a `.env` file. A variable counts only when the service
 * uses the SDK that reads it (it imports it, or a command runs it: `opentelemetry-instrument`, `ddtrace-run`): a
 * variable nothing reads records nothing.
 *
 * Each format is read with its own parser (dockerfile-ast, yaml, dotenv); a file that does not parse gives no
 * evidence, quietly (these files are not what the user asked to check, only read for this).
 */
import { DockerfileParser } from 'dockerfile-ast';
import { LineCounter, parseAllDocuments, isMap, isSeq, isScalar, isPair, type Node as YamlNode } from 'yaml';
import { parse as parseDotenv } from 'dotenv';

export interface DeployFile { path: string; text: string }

/** Variables per SDK, and the commands that run a program under it. */
const SDK_VARIABLES: Record<string, { variables: string[]; commands: string[] }> = {
  opentelemetry: { variables: ['OTEL_RESOURCE_ATTRIBUTES', 'OTEL_SERVICE_NAME'], commands: ['opentelemetry-instrument'] },
  ddtrace: { variables: ['DD_ENV', 'DD_VERSION', 'DD_SERVICE'], commands: ['ddtrace-run'] },
  sentry: { variables: ['SENTRY_RELEASE', 'SENTRY_ENVIRONMENT'], commands: [] },
};

/** Deployment files are small; a larger one (a generated bundle of manifests) is not read. */
export const MAX_DEPLOY_FILE_BYTES = 256_000;

/** Whether a file name is a deployment file this module reads. */
export function isDeployFile(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  if (/(^|\/)\.github\//.test(p)) return false;   // CI workflows set the CI job's environment, not the service's
  const name = p.slice(p.lastIndexOf('/') + 1).toLowerCase();
  if (/\.(example|sample|template|dist)$/.test(name)) return false;
  return name === 'dockerfile' || name.startsWith('dockerfile.') || name.endsWith('.dockerfile') || name === 'containerfile'
    || name.endsWith('.yaml') || name.endsWith('.yml') || name === '.env' || name.startsWith('.env.');
}

/** `context`: the folder (relative to the project) of the one Compose service the setting is for, when it is for one. */
interface Setting { name: string; line: number; text: string; context?: string }
interface Command { word: string; context?: string }

/** The environment variables a file sets, and the commands it runs. */
function settingsOf(f: DeployFile): { settings: Setting[]; commands: Command[] } {
  const name = f.path.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  const lines = f.text.split(/\r?\n/);
  const text = (line: number) => (lines[line] ?? '').trim().slice(0, 160);
  try {
    if (name.endsWith('.yaml') || name.endsWith('.yml')) return yamlSettings(f.text, text, dirOf(f.path));
    if (name === '.env' || name.startsWith('.env.')) {
      const keys = Object.keys(parseDotenv(f.text));
      const settings = keys.map(k => ({ name: k, line: lines.findIndex(l => new RegExp(`^\\s*(export\\s+)?${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`).test(l)) }))
        .filter(s => s.line >= 0).map(s => ({ ...s, text: text(s.line) }));
      return { settings, commands: [] };
    }
    const doc = DockerfileParser.parse(f.text);
    const settings: Setting[] = [], commands: Command[] = [];
    for (const ins of doc.getInstructions()) {
      const keyword = ins.getKeyword();
      const line = ins.getRange().start.line;
      if (keyword === 'ENV' || keyword === 'ARG') {
        const props = (ins as unknown as { getProperties(): { getName(): string }[] }).getProperties?.() ?? [];
        for (const p of props) settings.push({ name: p.getName(), line, text: text(line) });
      }
      if (keyword === 'CMD' || keyword === 'ENTRYPOINT' || keyword === 'RUN') commands.push(...ins.getArguments().map(a => ({ word: a.getValue() })));
    }
    return { settings, commands };
  } catch {
    return { settings: [], commands: [] };
  }
}

/**
 * Compose `environment:` (map or `KEY=value` list), Kubernetes `env: [{name, value}]`, and `command:`/`args:` words. In a
 * Compose file each service's settings are for the folder it is built from (`build: ./services/scoring`), not for every
 * service under the file's folder.
 */
function yamlSettings(source: string, text: (line: number) => string, folder: string): { settings: Setting[]; commands: Command[] } {
  const counter = new LineCounter();
  const settings: Setting[] = [], commands: Command[] = [];
  const lineOf = (n: YamlNode | null | undefined) => (n?.range ? counter.linePos(n.range[0]).line - 1 : -1);
  const words = (s: string, context?: string) => s.split(/\s+/).filter(Boolean).map(word => ({ word, context }));
  const visit = (n: unknown, key: string | undefined, context: string | undefined): void => {
    if (isMap(n)) {
      const nameItem = n.items.find(p => isScalar(p.key) && p.key.value === 'name');
      if (nameItem && isScalar(nameItem.value) && typeof nameItem.value.value === 'string' && n.items.some(p => isScalar(p.key) && (p.key.value === 'value' || p.key.value === 'valueFrom'))) {
        const line = lineOf(nameItem.value);
        settings.push({ name: nameItem.value.value, line, text: text(line), context });
      }
      for (const p of n.items) {
        if (!isPair(p) || !isScalar(p.key)) continue;
        const k = String(p.key.value);
        if (key === 'environment' || key === 'env') { const line = lineOf(p.key as YamlNode); settings.push({ name: k, line, text: text(line), context }); }
        visit(p.value, k, context);
      }
    } else if (isSeq(n)) {
      for (const item of n.items) {
        if (isScalar(item) && typeof item.value === 'string') {
          if (key === 'environment' && item.value.includes('=')) { const line = lineOf(item); settings.push({ name: item.value.split('=')[0].trim(), line, text: text(line), context }); }
          if (key === 'command' || key === 'args' || key === 'entrypoint') commands.push(...words(item.value, context));
        } else visit(item, key, context);
      }
    } else if (isScalar(n) && typeof n.value === 'string' && (key === 'command' || key === 'entrypoint')) commands.push(...words(n.value, context));
  };
  for (const doc of parseAllDocuments(source, { lineCounter: counter })) {
    if ('errors' in doc && doc.errors.length) continue;
    const top = doc.contents;
    const services = isMap(top) ? top.items.find(p => isScalar(p.key) && p.key.value === 'services')?.value : undefined;
    if (isMap(services)) {
      // a Compose file: each service by the folder it is built from
      for (const svc of services.items) {
        const build = isMap(svc.value) ? svc.value.items.find(p => isScalar(p.key) && p.key.value === 'build')?.value : undefined;
        const ctx = isScalar(build) ? String(build.value) : isMap(build) ? String((build.items.find(p => isScalar(p.key) && p.key.value === 'context')?.value as { value?: unknown } | undefined)?.value ?? '') : undefined;
        visit(svc.value, undefined, ctx ? joinPath(folder, ctx) : undefined);
      }
    } else visit(top, undefined, undefined);
  }
  return { settings: settings.filter(s => s.line >= 0), commands };
}

const dirOf = (p: string) => { const n = p.replace(/\\/g, '/'); const i = n.lastIndexOf('/'); return i < 0 ? '' : n.slice(0, i); };

/** `services/scoring` from the folder `''` and `./services/scoring/`; `..` steps out. */
function joinPath(folder: string, rel: string): string {
  const parts = folder ? folder.split('/') : [];
  for (const seg of rel.replace(/\\/g, '/').split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..') parts.pop(); else parts.push(seg);
  }
  return parts.join('/');
}

/** The first deployment file setting a variable of an SDK the service uses, if any. */
export function deploymentEvidence(files: readonly DeployFile[], telemetry: ReadonlySet<string>, root: string): { path: string; line: number; text: string; note: string } | undefined {
  const read = [...files].filter(f => f.text.length <= MAX_DEPLOY_FILE_BYTES).sort((a, b) => a.path.localeCompare(b.path)).map(f => ({ f, ...settingsOf(f) }));
  const forThis = (x: { context?: string }) => x.context === undefined || x.context === root;
  const used = new Set(telemetry);
  for (const r of read) for (const [sdk, v] of Object.entries(SDK_VARIABLES)) if (r.commands.some(c => forThis(c) && v.commands.includes(c.word.split('/').pop()!))) used.add(sdk);
  for (const r of read) for (const s of r.settings) {
    if (!forThis(s)) continue;
    const sdk = Object.entries(SDK_VARIABLES).find(([id, v]) => used.has(id) && v.variables.includes(s.name));
    if (sdk) return { path: r.f.path, line: s.line, text: s.text, note: `${s.name}, read by the ${sdk[0]} SDK` };
  }
  return undefined;
}
