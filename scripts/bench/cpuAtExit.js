// Preloaded with `node --require` into a measured process: at exit it writes
// the process's CPU time (user + system, all threads) and its own view of the
// wall time since this file loaded, as JSON, to the file in PJ_BENCH_CPU_FILE.
'use strict';

const fs = require('fs');

const loadedAt = process.hrtime.bigint();
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  const wallMs = Number(process.hrtime.bigint() - loadedAt) / 1e6;
  fs.writeFileSync(process.env.PJ_BENCH_CPU_FILE, JSON.stringify({ userMs: user / 1000, systemMs: system / 1000, wallMs }));
});
