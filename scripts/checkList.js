// The small check runner of the scripts that test what users install
// (package-test.js, cli-pack-test.js, packet-html-test.js): each check prints
// one line, and `finish()` writes { passes, failures, pending } to the file
// named by `--summary`, which scripts/test.js adds up.
const fs = require('fs');

const results = [];

/**
 * Runs one check; a thrown error fails it, with its message. A synchronous
 * check is counted at once, an asynchronous one when its promise settles.
 */
function check(title, run) {
  const passed = () => {
    results.push(true);
    console.log(`  ✔ ${title}`);
  };
  const failed = (error) => {
    results.push(false);
    console.log(`  ✖ ${title}: ${error && error.message ? error.message : error}`);
  };
  try {
    const running = run();
    if (running && typeof running.then === 'function') return running.then(passed, failed);
    passed();
  } catch (error) {
    failed(error);
  }
  return Promise.resolve();
}

function argument(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** Writes the summary and exits: 1 when a check failed. */
function finish() {
  const passes = results.filter(Boolean).length;
  const failures = results.length - passes;
  const summary = argument('--summary');
  if (summary) fs.writeFileSync(summary, JSON.stringify({ passes, failures, pending: 0 }));
  process.exit(failures ? 1 : 0);
}

module.exports = { argument, check, finish };
