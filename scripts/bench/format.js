// Numbers as the results table shows them.
'use strict';

function ms(value) {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${Math.round(value)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

function ratio(value) {
  return value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(1)}×`;
}

function mb(value) {
  return value === undefined ? '—' : `${value.toFixed(1)} MB`;
}

function kb(bytes) {
  return bytes === undefined ? '—' : `${(bytes / 1024).toFixed(0)} KB`;
}

function count(value) {
  return value.toLocaleString('en-US');
}

function percent(share) {
  return `${(share * 100).toFixed(0)}%`;
}

module.exports = { ms, ratio, mb, kb, count, percent };
