// What users download: the minified bundles of `npm run package`. Runs a
// measurement on them, then rebuilds the development build the tests expect.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const BUNDLES = { desktop: 'dist/extension.js', worker: 'dist/journalWorker.js', markdownIt: 'dist/markdownIt.js', yaml: 'dist/yaml.js', web: 'dist/web/extension.js' };

function build(args) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js'), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`node scripts/build.js ${args.join(' ')} failed`);
}

/**
 * @param measure  runs while dist/ holds the production build
 * @returns {{ bundles: { desktop: number, web: number }, measured: unknown }} bundle sizes in bytes, and what measure returned
 */
function withProductionBuild(measure) {
  build(['--production']);
  try {
    const bundles = Object.fromEntries(Object.entries(BUNDLES).map(([name, file]) => [name, fs.statSync(path.join(ROOT, file)).size]));
    return { bundles, measured: measure() };
  } finally {
    build([]);
  }
}

module.exports = { withProductionBuild };
