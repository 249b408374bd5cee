import type { IncomingMessage } from 'node:http';

/** Largest API request body: a 50 MB file grows by a third in base64. */
export const MAX_BODY_BYTES = 80 * 1024 * 1024;
/** All request bodies being received at once: parallel uploads cannot hold more memory than this. */
export const MAX_IN_FLIGHT_BYTES = 2 * MAX_BODY_BYTES;

export type BodyResult = { ok: true; body: string } | { ok: false; reason: string };

/**
 * Reads request bodies within a per-request and a total budget. A request whose declared length
 * does not fit is refused before any of it is kept; one that grows past it while arriving stops
 * being kept. Either way the rest is drained, not reset, so the client reads the 413 answer.
 */
export class BodyBudget {
  private inFlight = 0;

  constructor(
    private readonly maxBody = MAX_BODY_BYTES,
    private readonly maxInFlight = MAX_IN_FLIGHT_BYTES,
  ) {}

  read(request: IncomingMessage): Promise<BodyResult> {
    const declared = Number(request.headers['content-length'] ?? NaN);
    const refusal = this.refusal(Number.isFinite(declared) ? declared : 0);
    if (refusal) {
      request.resume();
      return Promise.resolve({ ok: false, reason: refusal });
    }
    let reserved = Number.isFinite(declared) ? declared : 0;
    this.inFlight += reserved;
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let settled = false;
      const finish = (result: BodyResult): void => {
        if (settled) return;
        settled = true;
        this.inFlight -= reserved;
        chunks.length = 0;
        resolve(result);
      };
      request.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        if (size > reserved) {
          const more = size - reserved;
          const late = this.refusal(more, size);
          if (late) return finish({ ok: false, reason: late });
          this.inFlight += more;
          reserved = size;
        }
        chunks.push(chunk);
      });
      request.on('end', () => finish({ ok: true, body: Buffer.concat(chunks).toString('utf8') }));
      request.on('error', () => finish({ ok: false, reason: 'The request was interrupted.' }));
    });
  }

  /** Why `more` bytes cannot be taken now, or null; `size` is the request's whole length so far. */
  private refusal(more: number, size = more): string | null {
    if (size > this.maxBody) return `The request is too large (over ${this.maxBody / 1024 / 1024} MB).`;
    if (this.inFlight + more > this.maxInFlight)
      return 'Collate is busy receiving other large requests; try again in a moment.';
    return null;
  }
}
