// Entry point VS Code's extension host loads for --extensionTestsPath: runs the mocha suites in this folder
// and writes their counts (and the timings the tests collected) where test/e2e/run.mjs reads them.
const fs = require('node:fs');
const path = require('node:path');

const RUN = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '.vscode-server', 'e2e-run.json'), 'utf8'));

exports.run = async function run() {
  const Mocha = require(path.join(RUN.modules, 'mocha'));
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  globalThis.__mlobsTimings = {};
  await new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      const { passes, failures: failed, pending } = runner.stats;
      fs.writeFileSync(RUN.results, JSON.stringify({ passed: passes, failed, pending, timings: globalThis.__mlobsTimings }));
      if (failures) reject(new Error(`${failures} e2e test(s) failed`)); else resolve();
    });
  });
};
