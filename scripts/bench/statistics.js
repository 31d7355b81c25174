// Medians and rankings: one figure per measurement that a slow outlier (a GC, a neighbour's job) cannot move much.
'use strict';

function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The largest entries of a map of microseconds, as `{ name, ms, share }`,
 * share of `totalUs`: the rows of a profile's tables.
 */
function rankByTime(map, totalUs, count = Infinity) {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000, share: us / totalUs }));
}

module.exports = { median, rankByTime };
