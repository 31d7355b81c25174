// The read-all floor as a whole process: plain Node, no project code, lists
// the journal and reads every entry file's bytes synchronously, as the command
// line does. With --stamp it stamps each file with lstat instead of reading
// it: the least a restart that trusts nothing unchecked does. Prints one JSON
// line (files, bytes).
//   node readAll.child.js JOURNAL [--stamp]
'use strict';

const fs = require('fs');
const path = require('path');

const sizeOf = process.argv.includes('--stamp') ? (file) => fs.lstatSync(file).size : (file) => fs.readFileSync(file).byteLength;

function readAll(folder) {
  let files = 0;
  let bytes = 0;
  for (const child of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, child.name);
    if (child.isDirectory() && !child.name.startsWith('.') && child.name !== 'node_modules') {
      const inner = readAll(full);
      files += inner.files;
      bytes += inner.bytes;
    } else if (child.isFile() && /\.md$/i.test(child.name)) {
      files++;
      bytes += sizeOf(full);
    }
  }
  return { files, bytes };
}

process.stdout.write(`${JSON.stringify(readAll(process.argv[2]))}\n`);
