import { randomFillSync } from 'node:crypto';

/**
 * Ids for the new rows of one streamed import, handed out as small numbers and turned into a
 * UUID's bytes only when a row is encoded for COPY. Making a UUID string for each of a large
 * file's 250,000 rows, keeping it, and parsing it back into bytes for every column that refers
 * to the row took about a tenth of the import's CPU (see the exchange benchmark).
 *
 * Each id is a UUIDv7 (RFC 9562): the millisecond the sequence began, random bits drawn once
 * for the sequence (42 of them, beside the version and variant), and a counter in the last four
 * bytes, as the RFC allows in place of random bits. One import's ids therefore only grow, and
 * each new row lands on the right-most page of its key index. Two sequences begun in the same
 * millisecond differ in their random bits; should they ever not, the primary key refuses the
 * second import's rows and its transaction rolls back whole.
 */
export class RowIdSequence {
  /** The first twelve bytes, the same for every id of the sequence. */
  private readonly head = Buffer.alloc(12);
  private next = 0;

  constructor(now = Date.now()) {
    randomFillSync(this.head, 6, 6);
    this.head.writeUIntBE(now, 0, 6);
    this.head[6] = 0x70 | (this.head[6] & 0x0f);
    this.head[8] = 0x80 | (this.head[8] & 0x3f);
  }

  /** A new id. */
  take(): number {
    // 2^31 ids keep every number a small integer; no file comes near.
    if (this.next === 0x7fffffff) throw new Error('An import cannot create more than 2^31 rows.');
    return this.next++;
  }

  /** Whether `n` is an id this sequence has handed out. */
  has(n: number): boolean {
    return Number.isInteger(n) && n >= 0 && n < this.next;
  }

  /** Writes id `n`'s sixteen bytes at `at`. */
  write(b: Buffer, at: number, n: number): void {
    const head = this.head;
    for (let k = 0; k < 12; k++) b[at + k] = head[k];
    b[at + 12] = n >>> 24;
    b[at + 13] = n >>> 16;
    b[at + 14] = n >>> 8;
    b[at + 15] = n;
  }

  /** Id `n` as text, for a query parameter. */
  text(n: number): string {
    const b = Buffer.allocUnsafe(16);
    this.write(b, 0, n);
    const hex = b.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
