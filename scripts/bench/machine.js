// What the figures were measured on: they mean little without it.
'use strict';

const os = require('os');

function describeMachine(now) {
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0] ? cpus[0].model.trim() : 'unknown CPU'}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
    date: now.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
    load: os.loadavg().map((load) => load.toFixed(2)).join(' '),
  };
}

module.exports = { describeMachine };
