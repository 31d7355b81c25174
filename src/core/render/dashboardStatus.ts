import type { EvidenceStatus } from '../evidence/evidence';

/*
 * How the dashboard marks a status without relying on colour alone: each
 * status has its own shape and glyph (a circle with a tick, a triangle with
 * an exclamation mark, an octagon with a cross), and the bars of thin or stale
 * elements are hatched. The stylesheet only adds the colour.
 */

/** Thin and stale share one mark, as they share the sidebar's warning icon; the words tell them apart. */
const WARNING = {
  shape: '<path class="mark-shape" d="M8 1 15.4 14.6H.6Z" fill="currentColor" stroke-linejoin="round"/>',
  glyph: '<path class="mark-glyph" d="M8 5.6v4.1" fill="none" stroke-width="2" stroke-linecap="round"/><circle class="mark-dot" cx="8" cy="12.3" r="1.1"/>',
} as const;

/** The mark's shape and glyph, drawn on a 16 × 16 grid. */
const MARKS: Readonly<Record<EvidenceStatus, { readonly shape: string; readonly glyph: string }>> = {
  ok: {
    shape: '<circle class="mark-shape" cx="8" cy="8" r="7" fill="currentColor"/>',
    glyph: '<path class="mark-glyph" d="M4.4 8.3l2.5 2.5 4.8-5.2" fill="none" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>',
  },
  thin: WARNING,
  stale: WARNING,
  missing: {
    shape: '<path class="mark-shape" d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1Z" fill="currentColor"/>',
    glyph: '<path class="mark-glyph" d="M5.6 5.6l4.8 4.8m0-4.8-4.8 4.8" fill="none" stroke-width="2" stroke-linecap="round"/>',
  },
};

/** Statuses whose bar is hatched: they have evidence, but not enough or not recent. */
export function isHatched(status: EvidenceStatus): boolean {
  return status === 'thin' || status === 'stale';
}

/**
 * The status mark as an `<svg>`: inline in the page, or placed at `x`, `y`
 * inside a chart. Hidden from screen readers: the status is also written as text.
 */
export function statusMark(status: EvidenceStatus, size = 14, at?: { readonly x: number; readonly y: number }): string {
  const { shape, glyph } = MARKS[status];
  const position = at ? ` x="${at.x}" y="${at.y}"` : '';
  return `<svg class="status-mark status-${status}"${position} width="${size}" height="${size}" viewBox="0 0 16 16" aria-hidden="true" data-status="${status}">${shape}${glyph}</svg>`;
}

/** The hatching of thin and stale bars: stripes in the page's background colour, over the bar's colour. */
export function hatchPattern(id: string): string {
  return `<defs><pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-stripe" width="2.4" height="6"/></pattern></defs>`;
}
