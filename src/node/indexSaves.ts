import { KeyedQueue } from '../core/journal/keyedQueue';

/**
 * Background saves of saved indexes, one at a time per index file: two at
 * once would each read the whole journal for the same file (a reload while a
 * save runs). A save asked for while another runs follows it, since the
 * journal may have changed in between; asks that come while one waits join
 * that one, which then saves with the latest request.
 */
export class IndexSaves<Request> {
  private readonly queue = new KeyedQueue();
  private readonly waiting = new Map<string, { request: Request; readonly finished: Promise<void> }>();

  constructor(private readonly save: (request: Request) => Promise<void>) {}

  /** Resolves once a save that began after this call has ended. */
  saveSoon(indexFile: string, request: Request): Promise<void> {
    const waiting = this.waiting.get(indexFile);
    if (waiting) {
      waiting.request = request;
      return waiting.finished;
    }
    const turn: { request: Request; finished: Promise<void> } = {
      request,
      finished: this.queue.run(indexFile, () => {
        this.waiting.delete(indexFile);
        return this.save(turn.request);
      }),
    };
    this.waiting.set(indexFile, turn);
    return turn.finished;
  }
}
