/**
 * What the project step of the service facets needs from the file system (the engine reads none; these helpers get the engine's functions from their caller, so the server's bundle does not carry a second engine): which folders hold a
 * project manifest, and the deployment files (Dockerfiles, Compose, Kubernetes, `.env`) under the scanned folders. The
 * CLI and the language server both gather them here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileResult } from '../engine/analyze';
import type { ResolvedConfig } from '../engine/config';
import type { DeployFile } from '../engine/deployFiles';
import type { ServiceOptions, ServiceResult } from '../engine/services';
import { collectFiles } from './walk';

/** Deployment files are small: larger ones are not read. */
const MAX_DEPLOY_FILE_BYTES = 256_000;

/** Files whose folder is a service's root (what a deployable unit of Python or JS code has at its top). */
export const MANIFESTS = ['package.json', 'pyproject.toml', 'requirements.txt', 'setup.py', 'setup.cfg', 'Pipfile', 'Dockerfile',
  'bentofile.yaml', 'cog.yaml', 'serverless.yml', 'serverless.yaml', 'wrangler.toml', 'wrangler.json', 'modal.toml'];

/**
 * The inputs of `servicesOf` for results whose paths are relative to `root` (the config's folder): the manifest folders
 * above files that predict, and the deployment files under `folders` (the scanned directories).
 */
export function serviceInputs(results: readonly FileResult[], config: ResolvedConfig, root: string, folders: readonly string[],
  isDeployFile: (file: string) => boolean): ServiceOptions {
  const manifestDirs = new Set<string>();
  const checked = new Set<string>();
  for (const r of results) {
    if (!r.inferencePoints.length) continue;
    for (let d = path.posix.dirname(r.path); ; d = path.posix.dirname(d)) {
      const rel = d === '.' ? '' : d;
      if (checked.has(rel) || rel.startsWith('..')) break;
      checked.add(rel);
      if (MANIFESTS.some(m => fs.existsSync(path.join(root, rel, m)))) manifestDirs.add(rel);
      if (rel === '') break;
    }
  }
  const deployFiles: DeployFile[] = [];
  if (results.some(r => r.inferencePoints.length)) {
    const { files } = collectFiles([...folders], { extensions: [], accept: isDeployFile, include: [], exclude: config.exclude, root });
    for (const f of files) {
      try {
        if (fs.statSync(f).size > MAX_DEPLOY_FILE_BYTES) continue;   // a generated bundle of manifests
        deployFiles.push({ path: path.relative(root, path.resolve(f)).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') });
      } catch { /* unreadable: it gives no evidence */ }
    }
  }
  return {
    manifestDirs: [...manifestDirs], deployFiles, declared: config.services, required: config.requiredServiceFacets,
    waivers: config.waivers, severity: config.severity.MLO006 ?? 'info', rootName: path.basename(root),
  };
}

/**
 * A service checked on some of its files (one file given, a subfolder of it) would read as missing what its other
 * files record: it is marked partial (shown, and MLO006 is not reported for it).
 */
export function markPartial(services: ServiceResult[], root: string, folders: readonly string[]): ServiceResult[] {
  const scanned = folders.map(f => path.resolve(f));
  for (const s of services) {
    const abs = path.resolve(root, s.root);
    if (!scanned.some(d => abs === d || abs.startsWith(d + path.sep))) s.partial = true;
  }
  return services;
}
