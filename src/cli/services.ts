/**
 * What the project step of the service facets needs from the file system (the engine reads none): which folders hold a
 * project manifest, and the deployment files (Dockerfiles, Compose, Kubernetes, `.env`) under the scanned folders.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileResult } from '../engine/analyze';
import type { ResolvedConfig } from '../engine/config';
import { isDeployFile, MAX_DEPLOY_FILE_BYTES, type DeployFile } from '../engine/deployFiles';
import { servicesOf, type ServiceResult } from '../engine/services';
import { collectFiles } from './walk';

/** Files whose folder is a service's root (what a deployable unit of Python or JS code has at its top). */
export const MANIFESTS = ['package.json', 'pyproject.toml', 'requirements.txt', 'setup.py', 'setup.cfg', 'Pipfile', 'Dockerfile',
  'bentofile.yaml', 'cog.yaml', 'serverless.yml', 'serverless.yaml', 'wrangler.toml', 'wrangler.json', 'modal.toml'];

/** The services of the scanned files. `results` carry paths relative to `root` (the config's folder). */
export function projectServices(results: FileResult[], config: ResolvedConfig, root: string, inputs: string[]): ServiceResult[] {
  if (!results.some(r => r.inferencePoints.length)) return [];
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
  const folders = inputs.filter(i => { try { return fs.statSync(i).isDirectory(); } catch { return false; } });
  const { files } = collectFiles(folders, { extensions: [], accept: isDeployFile, include: [], exclude: config.exclude, root });
  const deployFiles: DeployFile[] = [];
  for (const f of files) {
    try {
      if (fs.statSync(f).size > MAX_DEPLOY_FILE_BYTES) continue;
      deployFiles.push({ path: path.relative(root, path.resolve(f)).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') });
    } catch { /* unreadable: it gives no evidence */ }
  }
  return servicesOf(results, {
    manifestDirs: [...manifestDirs], deployFiles, declared: config.services, required: config.requiredServiceFacets,
    waivers: config.waivers, severity: config.severity.MLO006 ?? 'info', rootName: path.basename(root),
  });
}
