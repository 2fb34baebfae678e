import * as fs from 'fs';
import * as path from 'path';
import { emptyModelDocument, type ModelDocument } from '@kartasto/metamodel';
import { compareDocuments, exchangeChunks, parseExchange, writeExchange } from '../index';

const sample = fs.readFileSync(
  path.resolve(__dirname, '../../../../tests/fixtures/exchange/kartasto-sample.xml'),
);

describe('writeExchange', () => {
  it('round-trips the hand-written sample without differences', async () => {
    const doc = await parseExchange(sample);
    const again = await parseExchange(writeExchange(doc));
    expect(compareDocuments(doc, again)).toEqual([]);
  });

  it('writes nested node coordinates back as absolute', async () => {
    const xml = writeExchange(await parseExchange(sample));
    expect(xml).toMatch(
      /<node identifier="n-app" xsi:type="Element" elementRef="e-app" x="120" y="80" w="120" h="55">/,
    );
    expect(xml).toMatch(
      /<node identifier="n-data" xsi:type="Element" elementRef="e-data" x="130" y="100"/,
    );
  });

  it('escapes markup, quotes and control characters', async () => {
    const doc: ModelDocument = {
      ...emptyModelDocument({ '': 'a < b & "c" \'d\'' }),
      id: 'm',
      elements: [
        {
          id: 'e',
          type: 'Goal',
          name: { fi: '<script>alert(1)</script>' },
          documentation: { '': 'x\r\ny\u0001z' },
          properties: [],
        },
      ],
    };
    const xml = writeExchange(doc);
    expect(xml).not.toContain('<script>');
    const back = await parseExchange(xml);
    expect(back.name).toEqual({ '': 'a < b & "c" \'d\'' });
    expect(back.elements[0].name).toEqual({ fi: '<script>alert(1)</script>' });
    expect(back.elements[0].documentation).toEqual({ '': 'x\r\nyz' });
  });

  it('maps ids that are not NCNames to stable XML identifiers', async () => {
    const doc: ModelDocument = {
      ...emptyModelDocument({ '': 'M' }),
      id: '0f1c-uuid',
      elements: [
        { id: '1a', type: 'Goal', name: { '': 'a' }, documentation: {}, properties: [] },
        { id: '2b', type: 'Goal', name: { '': 'b' }, documentation: {}, properties: [] },
      ],
      relationships: [
        {
          id: '3c',
          type: 'Association',
          sourceId: '1a',
          targetId: '2b',
          name: {},
          documentation: {},
          properties: [],
        },
      ],
    };
    const back = await parseExchange(writeExchange(doc));
    expect(back.id).toBe('id-0f1c-uuid');
    expect(back.relationships[0]).toMatchObject({
      id: 'id-3c',
      sourceId: 'id-1a',
      targetId: 'id-2b',
    });
  });

  it('writes one view with just the concepts it shows', async () => {
    const doc = await parseExchange(sample);
    const back = await parseExchange(writeExchange(doc, { viewIds: ['v-other'] }));
    expect(back.views.map((v) => v.id)).toEqual(['v-other']);
    expect(back.elements.map((e) => e.id)).toEqual(['e-data']);
    expect(back.relationships).toEqual([]);
    expect(back.folders.map((f) => f.id)).toEqual(['f-app']);
  });

  it('includes relationship ends, also relationships, in a one-view export', async () => {
    const doc = await parseExchange(sample);
    const back = await parseExchange(writeExchange(doc, { viewIds: ['v-main'] }));
    expect(back.relationships.map((r) => r.id).sort()).toEqual(['r-assoc', 'r-infl', 'r-serve']);
    // v-other is not written, so the label's drill-down reference is dropped.
    expect(back.views[0].nodes.find((n) => n.id === 'n-note')!.viewRefId).toBeUndefined();
  });

  it('streams in chunks that add up to the whole file', async () => {
    const doc = await parseExchange(sample);
    expect([...exchangeChunks(doc)].join('')).toBe(writeExchange(doc));
  });
});
