// Which code the figures belong to: the commit, and whether the work tree differed from it.
'use strict';

const { spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');

function git(args) {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function describeRevision() {
  const commit = git(['rev-parse', '--short', 'HEAD']);
  if (!commit) return 'not a git checkout';
  const changed = git(['status', '--porcelain', '--untracked-files=no', '--', 'src']);
  return changed ? `${commit} with uncommitted changes in src/` : commit;
}

module.exports = { describeRevision };
