// The report as the extension shows it by default (this half), as of the
// journal's last day: the core takes the date as a parameter, and a fixed one
// keeps runs comparable.
'use strict';

const { buildReport, DEFAULT_ELEMENTS, reviewPeriod } = require('./core');
const { LAST_DAY } = require('./generateJournal');

function reportOf(entries) {
  return buildReport(entries, DEFAULT_ELEMENTS, reviewPeriod('half', LAST_DAY), LAST_DAY);
}

module.exports = { reportOf, REPORT_DAY: LAST_DAY };
