// ripgrep, from Debian's packages: installed when missing and we are root.
'use strict';

const { spawnSync } = require('child_process');

function hasRipgrep() {
  return spawnSync('rg', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** @returns undefined when rg is there (now), else a sentence on how to install it. */
function ensureRipgrep() {
  if (hasRipgrep()) return undefined;
  const howTo = 'install it with `apt-get install ripgrep` (Debian/Ubuntu) and run the bench again';
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return `ripgrep (rg) is missing: ${howTo}`;
  console.log('[bench] ripgrep is missing: installing it from Debian\'s packages');
  for (const args of [['update'], ['install', '-y', 'ripgrep']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) return `ripgrep (rg) is missing and \`apt-get ${args.join(' ')}\` failed: ${howTo}`;
  }
  return hasRipgrep() ? undefined : `ripgrep (rg) is still missing after apt-get: ${howTo}`;
}

module.exports = { ensureRipgrep };
