// Runs one bench worker in a fresh Node process and returns the JSON it prints.
'use strict';

const { spawnSync } = require('child_process');
const path = require('path');

function runChild(script, args, nodeFlags = []) {
  const result = spawnSync(process.execPath, [...nodeFlags, path.join(__dirname, script), ...args.map(String)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`${script} ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`);
  }
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

module.exports = { runChild };
