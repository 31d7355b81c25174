// The read-all floor as a whole process: plain Node, no project code, lists
// the journal and reads every entry file's bytes synchronously, as the command
// line does. Prints one JSON line (files, bytes).
//   node readAll.child.js JOURNAL
'use strict';

const fs = require('fs');
const path = require('path');

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
      bytes += fs.readFileSync(full).byteLength;
    }
  }
  return { files, bytes };
}

process.stdout.write(`${JSON.stringify(readAll(process.argv[2]))}\n`);
