// Runs in a fresh Node process. Tag Entry's write of an entry no editor shows
// (the function the desktop extension calls), raced TRIALS times against
// another program, a second process, writing the same file at a random moment
// of the command's run; then the same races against the old modification-time
// check, the control that shows the races do catch lost writes.
//   node tagRace.child.js TRIALS
'use strict';

const path = require('path');
const { editLocalEntryFile } = require('./core');

const RACE = path.join(__dirname, '..', '..', 'out', 'test', 'race');
const { raceTagging, RacingWriter } = require(path.join(RACE, 'tagRace'));
const { mtimeCheckedWrite } = require(path.join(RACE, 'mtimeCheckedWrite'));

async function main() {
  const trials = Number(process.argv[2]);
  const writer = new RacingWriter();
  try {
    const ours = await raceTagging(editLocalEntryFile, trials, writer);
    const control = await raceTagging(mtimeCheckedWrite, trials, writer);
    return { ours, control };
  } finally {
    writer.close();
  }
}

main().then(
  (result) => console.log(JSON.stringify(result)),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
