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

interface Setting { name: string; line: number; text: string }

/** The environment variables a file sets, and the commands it runs. */
function settingsOf(f: DeployFile): { settings: Setting[]; commands: string[] } {
  const name = f.path.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  const lines = f.text.split(/\r?\n/);
  const text = (line: number) => (lines[line] ?? '').trim().slice(0, 160);
  try {
    if (name.endsWith('.yaml') || name.endsWith('.yml')) return yamlSettings(f.text, text);
    if (name === '.env' || name.startsWith('.env.')) {
      const keys = Object.keys(parseDotenv(f.text));
      const settings = keys.map(k => ({ name: k, line: lines.findIndex(l => new RegExp(`^\\s*(export\\s+)?${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`).test(l)) }))
        .filter(s => s.line >= 0).map(s => ({ ...s, text: text(s.line) }));
      return { settings, commands: [] };
    }
    const doc = DockerfileParser.parse(f.text);
    const settings: Setting[] = [], commands: string[] = [];
    for (const ins of doc.getInstructions()) {
      const keyword = ins.getKeyword();
      const line = ins.getRange().start.line;
      if (keyword === 'ENV' || keyword === 'ARG') {
        const props = (ins as unknown as { getProperties(): { getName(): string }[] }).getProperties?.() ?? [];
        for (const p of props) settings.push({ name: p.getName(), line, text: text(line) });
      }
      if (keyword === 'CMD' || keyword === 'ENTRYPOINT' || keyword === 'RUN') commands.push(...ins.getArguments().map(a => a.getValue()));
    }
    return { settings, commands };
  } catch {
    return { settings: [], commands: [] };
  }
}

/** Compose `environment:` (map or `KEY=value` list), Kubernetes `env: [{name, value}]`, and `command:`/`args:` words. */
function yamlSettings(source: string, text: (line: number) => string): { settings: Setting[]; commands: string[] } {
  const counter = new LineCounter();
  const settings: Setting[] = [], commands: string[] = [];
  const lineOf = (n: YamlNode | null | undefined) => (n?.range ? counter.linePos(n.range[0]).line - 1 : -1);
  const visit = (n: unknown, key?: string): void => {
    if (isMap(n)) {
      const nameItem = n.items.find(p => isScalar(p.key) && p.key.value === 'name');
      if (nameItem && isScalar(nameItem.value) && typeof nameItem.value.value === 'string' && n.items.some(p => isScalar(p.key) && (p.key.value === 'value' || p.key.value === 'valueFrom'))) {
        const line = lineOf(nameItem.value);
        settings.push({ name: nameItem.value.value, line, text: text(line) });
      }
      for (const p of n.items) {
        if (!isPair(p) || !isScalar(p.key)) continue;
        const k = String(p.key.value);
        if (key === 'environment' || key === 'env') { const line = lineOf(p.key as YamlNode); settings.push({ name: k, line, text: text(line) }); }
        visit(p.value, k);
      }
    } else if (isSeq(n)) {
      for (const item of n.items) {
        if (isScalar(item) && typeof item.value === 'string') {
          if (key === 'environment' && item.value.includes('=')) { const line = lineOf(item); settings.push({ name: item.value.split('=')[0].trim(), line, text: text(line) }); }
          if (key === 'command' || key === 'args' || key === 'entrypoint') commands.push(...item.value.split(/\s+/));
        } else visit(item, key);
      }
    } else if (isScalar(n) && typeof n.value === 'string' && (key === 'command' || key === 'entrypoint')) commands.push(...n.value.split(/\s+/));
  };
  for (const doc of parseAllDocuments(source, { lineCounter: counter })) {
    if ('errors' in doc && doc.errors.length) continue;
    visit(doc.contents);
  }
  return { settings: settings.filter(s => s.line >= 0), commands };
}

/** The first deployment file setting a variable of an SDK the service uses, if any. */
export function deploymentEvidence(files: readonly DeployFile[], telemetry: ReadonlySet<string>): { path: string; line: number; text: string; note: string } | undefined {
  const read = [...files].filter(f => f.text.length <= MAX_DEPLOY_FILE_BYTES).sort((a, b) => a.path.localeCompare(b.path)).map(f => ({ f, ...settingsOf(f) }));
  const used = new Set(telemetry);
  for (const r of read) for (const [sdk, v] of Object.entries(SDK_VARIABLES)) if (r.commands.some(c => v.commands.includes(c.split('/').pop()!))) used.add(sdk);
  for (const r of read) for (const s of r.settings) {
    const sdk = Object.entries(SDK_VARIABLES).find(([id, v]) => used.has(id) && v.variables.includes(s.name));
    if (sdk) return { path: r.f.path, line: s.line, text: s.text, note: `${s.name}, read by the ${sdk[0]} SDK` };
  }
  return undefined;
}
