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
  /** The latest request per index file, taken by the save when it begins. */
  private readonly latest = new Map<string, Request>();

  constructor(private readonly save: (request: Request) => Promise<void>) {}

  /** Resolves once a save that began after this call has ended. */
  saveSoon(indexFile: string, request: Request): Promise<void> {
    this.latest.set(indexFile, request);
    return this.queue.runJoining(indexFile, () => {
      const latest = this.latest.get(indexFile) as Request;
      this.latest.delete(indexFile);
      return this.save(latest);
    });
  }
}
