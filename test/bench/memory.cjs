// Preloaded into the CLI by test/bench/memory.mjs (`node --require`): reports the process's peak resident set size
// at exit, worker threads included (they share the process).
const fs = require('node:fs');
process.on('exit', () => { fs.writeSync(2, `\nmlobs-bench-maxrss-kb ${process.resourceUsage().maxRSS}\n`); });
