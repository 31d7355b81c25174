import type { Period } from '../dates/periods';

/**
 * The title a saved packet's file name is made from (after the day it was
 * written, as an entry's is): `2026-12-01-promotion-packet-2026-07-01-to-2026-12-31.md`.
 */
export function packetFileTitle(period: Period): string {
  return `promotion packet ${period.start} to ${period.end}`;
}

/** Whether a file name is a saved packet's: of this version, or of earlier ones (`...-promotion-packet-from-...`). */
export function isPacketFileName(name: string): boolean {
  return /^\d{4}-\d{2}-\d{2}-promotion-packet-.*\.md$/i.test(name);
}

/** The glob of saved packets in their folder, for a file watcher. */
export const PACKET_FILE_GLOB = '*-promotion-packet-*.md';
