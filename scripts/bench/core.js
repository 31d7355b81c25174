// The project's compiled core (out/, from `tsc -p .`), in one place for the bench scripts.
'use strict';

const path = require('path');

const OUT = path.join(__dirname, '..', '..', 'out', 'src');

function load(relative) {
  try {
    return require(path.join(OUT, relative));
  } catch (error) {
    throw new Error(`cannot load out/src/${relative}; run \`npm run bench\`, which compiles first`, { cause: error });
  }
}

const { DEFAULT_ELEMENTS, ElementMatcher } = load('core/elements/elements');
const { JournalIndex, isEntryPath } = load('core/journal/journalIndex');
const { buildReport, LiveReport } = load('core/evidence/report');
const { reportJson } = load('core/evidence/reportJson');
const { reviewPeriod } = load('core/dates/periods');
const { NodeFileSource } = load('node/nodeFileSource');
const { loadDiskJournal } = load('node/diskJournal');
const { DiskJournalReader } = load('node/diskJournalReader');
const { editLocalEntryFile } = load('node/entryFileEdit');

module.exports = { DEFAULT_ELEMENTS, ElementMatcher, JournalIndex, isEntryPath, buildReport, LiveReport, reportJson, reviewPeriod, NodeFileSource, loadDiskJournal, DiskJournalReader, editLocalEntryFile };
