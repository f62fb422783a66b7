// A throwaway project folder for tests: `files` maps relative paths to their text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function project(files, prefix = 'mlobs-test-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
