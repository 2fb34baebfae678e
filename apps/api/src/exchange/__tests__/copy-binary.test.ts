import { CopyBatch, type CopyTable } from '../copy-binary';
import { RowIdSequence } from '../row-id-sequence';

const TABLE: CopyTable = {
  table: 'sample',
  names: ['id', 'name', 'label', 'sort_order', 'x', 'pinned'],
  types: ['uuid', 'text', 'jsonb', 'int', 'float8', 'boolean'],
};
const ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

/** Reads a finished batch back the way PostgreSQL reads binary COPY. */
function decode(bytes: Buffer, t: CopyTable, header = true) {
  let at = 0;
  if (header) {
    expect(bytes.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
    expect(bytes.readInt32BE(11)).toBe(0); // flags
    expect(bytes.readInt32BE(15)).toBe(0); // header extension
    at = 19;
  }
  const rows: unknown[][] = [];
  for (;;) {
    const fields = bytes.readInt16BE(at);
    at += 2;
    if (fields === -1) break;
    expect(fields).toBe(t.types.length);
    const row: unknown[] = [];
    for (const type of t.types) {
      const n = bytes.readInt32BE(at);
      at += 4;
      if (n === -1) {
        row.push(null);
        continue;
      }
      const value = bytes.subarray(at, at + n);
      at += n;
      if (type === 'uuid') {
        const hex = value.toString('hex');
        row.push(
          `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
        );
      } else if (type === 'text') row.push(value.toString('utf8'));
      else if (type === 'jsonb') {
        expect(value[0]).toBe(1);
        row.push(JSON.parse(value.subarray(1).toString('utf8')));
      } else if (type === 'int') row.push(value.readInt32BE(0));
      else if (type === 'float8') row.push(value.readDoubleBE(0));
      else row.push(value[0] === 1);
    }
    rows.push(row);
  }
  expect(at).toBe(bytes.length);
  return rows;
}

describe('CopyBatch (binary COPY)', () => {
  it('encodes each column type and null, with header and trailer', () => {
    const batch = new CopyBatch(TABLE);
    const rows = [
      [ID, 'Asiakasrekisteri', { fi: 'Yksikkö', en: 'Unit' }, 3, -12.5, true],
      [ID.toUpperCase(), null, null, null, null, false],
      [ID, 'tab\tline\nback\\slash', [], -7, 0, null],
    ];
    for (const row of rows) batch.add(row);
    expect(batch.rows).toBe(3);
    expect(decode(batch.finish(), TABLE)).toEqual([
      rows[0],
      [ID, null, null, null, null, false],
      [ID, 'tab\tline\nback\\slash', [], -7, 0, null],
    ]);
  });

  it('writes text of every UTF-8 length, short and long, as its exact bytes', () => {
    const samples = [
      'ä',
      '€uro',
      'äö€ ja ö',
      '𝔸rkkitehtuuri',
      'x'.repeat(64) + 'ö',
      'ä'.repeat(256),
      'ä'.repeat(257),
      'å'.repeat(5000),
      '',
    ];
    const batch = new CopyBatch(TABLE);
    for (const text of samples) batch.add([ID, text, { fi: text }, 0, 0, false]);
    const decoded = decode(batch.finish(), TABLE);
    expect(decoded.map((r) => r[1])).toEqual(samples);
    expect(decoded.map((r) => (r[2] as { fi: string }).fi)).toEqual(samples);
  });

  it('grows past its capacity and sends a long statement in pieces', () => {
    const batch = new CopyBatch(TABLE, 64);
    const big = 'suuri '.repeat(100_000);
    batch.add([ID, big, null, 1, 1, true]);
    const first = batch.take();
    batch.add([ID, 'next', null, 2, 2, false]);
    const rest = batch.finish();
    // Only the first piece carries the header; together they are one statement.
    expect(rest.subarray(0, 6).toString('latin1')).not.toBe('PGCOPY');
    const rows = decode(Buffer.concat([first, rest]), TABLE);
    expect(rows.map((r) => r[1])).toEqual([big, 'next']);
  });

  it('makes room for the fields after a text that fills the buffer, whatever the capacity', () => {
    // Three bytes of UTF-8 per character: the text takes all the room made for it.
    const row = [ID, '€'.repeat(50), { a: '€€' }, 7, 1.5, true];
    for (let capacity = 19; capacity < 400; capacity++) {
      const batch = new CopyBatch(TABLE, capacity);
      batch.add(row);
      batch.add(row);
      expect(decode(batch.finish(), TABLE)).toEqual([row, row]);
    }
  });

  it('writes jsonb as JSON.stringify does: empty maps and lists, nested values, toJSON', () => {
    const values = [{}, [], { fi: 'Yksikkö', en: '' }, [{ key: 'a', value: {} }], new Date(0), 'x'];
    const batch = new CopyBatch(TABLE);
    for (const value of values) batch.add([ID, null, value, null, null, null]);
    const rows = decode(batch.finish(), TABLE);
    expect(rows.map((r) => r[2])).toEqual(values.map((v) => JSON.parse(JSON.stringify(v))));
  });

  it('writes a number in a uuid column as the id its sequence stands for', () => {
    const ids = new RowIdSequence();
    const [a, b] = [ids.take(), ids.take()];
    const batch = new CopyBatch(TABLE, 64, ids);
    batch.add([a, 'first', null, 1, 1, true]);
    batch.add([ID, 'text id', null, 2, 2, false]);
    batch.add([b, 'second', null, 3, 3, false]);
    const rows = decode(batch.finish(), TABLE);
    expect(rows.map((r) => r[0])).toEqual([ids.text(a), ID, ids.text(b)]);
    // A number the sequence has not handed out, or any number without a sequence, is refused.
    expect(() => batch.add([2, 'x', null, 1, 1, true])).toThrow('sample.id: 2 is not a UUID');
    expect(() => new CopyBatch(TABLE).add([a, 'x', null, 1, 1, true])).toThrow(
      'sample.id: 0 is not a UUID',
    );
  });

  it('refuses values that do not fit their column instead of sending them', () => {
    const batch = new CopyBatch(TABLE);
    expect(() => batch.add(['e-1', 'x', null, 1, 1, true])).toThrow('"e-1" is not a UUID');
    expect(() => batch.add([ID.replace('a', 'g'), 'x', null, 1, 1, true])).toThrow('is not a UUID');
    expect(() => batch.add([ID, 'x', null, 1.5, 1, true])).toThrow(
      'sample.sort_order: 1.5 is not an integer',
    );
    expect(() => batch.add([ID, 'x', null, 1, '1', true])).toThrow('sample.x: "1" is not a number');
    expect(() => batch.add([ID, 'x', null, 1, 1, 'false'])).toThrow(
      'sample.pinned: "false" is not true or false',
    );
    expect(() => batch.add([ID, 'x'])).toThrow('a row of 2 values for 6 columns');
    expect(batch.rows).toBe(0);
  });
});
