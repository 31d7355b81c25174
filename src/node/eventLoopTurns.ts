/** Resolves in a later turn of the event loop, after the I/O and timers waiting now. */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Long work on a thread with other work (the extension host's), cut into
 * pieces: `pause` gives the event loop a turn once the current piece has run
 * `pieceMs`, so that no block grows with the work, or with a slow disk's latency.
 */
export class PiecesOfWork {
  private pieceStart: number;

  /** `clock` in milliseconds: the monotonic one unless a test gives its own. */
  constructor(
    private readonly pieceMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.pieceStart = clock();
  }

  /** Whether the current piece has run its time: a loop of many short steps checks this without awaiting each one. */
  get due(): boolean {
    return this.clock() - this.pieceStart > this.pieceMs;
  }

  /** A turn of the event loop when the piece is due (or `now`); else at once. */
  async pause(now = false): Promise<void> {
    if (now || this.due) {
      await nextTurn();
      this.pieceStart = this.clock();
    }
  }
}
