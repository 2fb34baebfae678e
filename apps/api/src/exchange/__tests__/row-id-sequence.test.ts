import { RowIdSequence } from '../row-id-sequence';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('RowIdSequence', () => {
  it('hands out UUIDv7 ids of its millisecond that only grow', () => {
    const now = Date.UTC(2026, 11, 5, 9, 30);
    const ids = new RowIdSequence(now);
    const texts = Array.from({ length: 300 }, () => ids.text(ids.take()));
    for (const text of texts) expect(text).toMatch(UUID_V7);
    expect(parseInt(texts[0].replace('-', '').slice(0, 12), 16)).toBe(now);
    expect(new Set(texts).size).toBe(texts.length);
    expect([...texts].sort()).toEqual(texts);
  });

  it('writes the same bytes as its text', () => {
    const ids = new RowIdSequence();
    for (let k = 0; k < 3; k++) ids.take();
    const n = ids.take();
    const b = Buffer.alloc(20);
    ids.write(b, 2, n);
    expect(b.subarray(2, 18).toString('hex')).toBe(ids.text(n).replaceAll('-', ''));
  });

  it('differs from another sequence begun in the same millisecond', () => {
    const now = Date.now();
    const [a, b] = [new RowIdSequence(now), new RowIdSequence(now)];
    expect(a.text(a.take())).not.toBe(b.text(b.take()));
  });

  it('knows only the numbers it has handed out', () => {
    const ids = new RowIdSequence();
    expect(ids.has(0)).toBe(false);
    ids.take();
    expect(ids.has(0)).toBe(true);
    expect([ids.has(1), ids.has(-1), ids.has(0.5), ids.has(Number.NaN)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
