import * as fs from 'fs';
import * as path from 'path';
import type { FolderDoc, ModelDocument } from '@kartasto/metamodel';
import {
  folderHints,
  organizationsSection,
  parseExchange,
  type ExchangeSink,
  type IdLookup,
  type IdSlot,
} from '../index';

const fixtures = path.resolve(__dirname, '../../../../tests/fixtures/exchange');
const sample = fs.readFileSync(path.join(fixtures, 'kartasto-sample.xml'));

/** The input in chunks of `size` bytes, as a stream would hand it over. */
async function* chunks(bytes: Buffer, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Folder path of every filed concept, as the full reader assigns them. */
async function readerFolders(input: Buffer): Promise<Map<string, number>> {
  const paths = new Map<FolderDoc, number>();
  const sink: ExchangeSink = { folder: (f, p) => paths.set(f, p) };
  const doc: ModelDocument = await parseExchange(input, { sink });
  const byId = new Map(doc.folders.map((f) => [f.id, f]));
  const out = new Map<string, number>();
  for (const c of [...doc.elements, ...doc.relationships, ...doc.views])
    if (c.folderId) out.set(c.id, paths.get(byId.get(c.folderId)!)!);
  return out;
}

const model = (body: string) =>
  Buffer.from(
    `<?xml version="1.0"?><model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m"><name>M</name>${body}</model>`,
  );

/** An <elements> section of goals with these identifiers. */
const goals = (...ids: string[]) =>
  `<elements>${ids.map((id) => `<element identifier="${id}" xsi:type="Goal"><name>${id}</name></element>`).join('')}</elements>`;

describe('organizationsSection', () => {
  it('finds the section however the input is cut into chunks', async () => {
    const whole = await organizationsSection(chunks(sample, 1 << 20));
    expect(whole).toMatch(/^<organizations>[\s\S]*<\/organizations>$/);
    for (const size of [1, 7, 64])
      expect(await organizationsSection(chunks(sample, size))).toBe(whole);
  });

  it('knows a prefixed section, and says none for an empty or missing one', async () => {
    const prefixed = Buffer.from(
      '<a:model xmlns:a="http://www.opengroup.org/xsd/archimate/3.0/"><a:organizations><a:item/></a:organizations></a:model>',
    );
    expect(await organizationsSection(chunks(prefixed, 5))).toBe(
      '<a:organizations><a:item/></a:organizations>',
    );
    expect(await organizationsSection(chunks(model('<organizations/>'), 3))).toBeUndefined();
    expect(await organizationsSection(chunks(model('<elements/>'), 3))).toBeUndefined();
  });

  it('skips the word in text and in other tags', async () => {
    const input = model(
      '<documentation>organizations</documentation><organizationsX/><organizations><item/></organizations>',
    );
    expect(await organizationsSection(chunks(input, 4))).toBe(
      '<organizations><item/></organizations>',
    );
  });
});

describe('folderHints', () => {
  it('files every concept of the sample where the full reader does', async () => {
    const hints = folderHints((await organizationsSection(chunks(sample, 1 << 16)))!)!;
    const actual = await readerFolders(sample);
    expect(actual.size).toBeGreaterThan(3);
    for (const [id, p] of actual) expect(hints.get(id)).toBe(p);
  });

  it('follows nested folders, folders inside filed items (whose generated ids collide), and the first filing', async () => {
    const body = `
      ${goals('a', 'b', 'c', 'd')}
      <organizations>
        <item><label>Top</label>
          <item identifierRef="a"><item><label>Under an item</label><item identifierRef="b"/></item></item>
          <item><label>Second</label><item identifierRef="a"/><item identifierRef="c"/>
            <item><label>Inside second</label><item identifierRef="d"/></item>
          </item>
        </item>
      </organizations>`;
    const input = model(body);
    const hints = folderHints((await organizationsSection(chunks(input, 9)))!)!;
    // Folders by ordinal: Top 0, "Under an item" 1, Second 2, "Inside second" 3 (whose generated
    // id folder-0-0-0 is the same as "Under an item"'s until the reader renames it).
    expect(Object.fromEntries(hints)).toEqual({ a: 0, b: 1, c: 2, d: 3 });
    expect(Object.fromEntries(await readerFolders(input))).toEqual(Object.fromEntries(hints));
  });

  it('steps over comments, CDATA and processing instructions, and reads attributes however written', async () => {
    const body = `
      ${goals('a', 'b', 'c')}
      <organizations>
        <item xml:lang = 'fi' ><label>Top &amp; more</label><?note <item>?>
          <!-- <item identifierRef="c"/> is not filed here -->
          <item identifierRef = 'a' note="x > y"/>
          <item><label><![CDATA[<item identifierRef="c"/>]]></label>
            <item
              identifierRef="b"></item>
          </item >
        </item>
        <item><label>Last</label><item identifierRef="c"/></item>
      </organizations>`;
    const input = model(body);
    const hints = folderHints((await organizationsSection(chunks(input, 5)))!)!;
    expect(Object.fromEntries(hints)).toEqual({ a: 0, b: 1, c: 2 });
    expect(Object.fromEntries(await readerFolders(input))).toEqual(Object.fromEntries(hints));
  });

  it('gives up on a section that is not well-formed or too deep', () => {
    expect(folderHints('<organizations><item></organizations>')).toBeUndefined();
    expect(folderHints('<organizations><item identifierRef="a></organizations>')).toBeUndefined();
    expect(folderHints('<organizations><!DOCTYPE x></organizations>')).toBeUndefined();
    const deep =
      '<organizations>' + '<item>'.repeat(5000) + '</item>'.repeat(5000) + '</organizations>';
    expect(folderHints(deep)).toBeUndefined();
  });
});

describe('parseExchange with a sink', () => {
  it('hands over each folder, element, relationship and view once it is complete, in file order', async () => {
    const seen: string[] = [];
    let drains = 0;
    const sink: ExchangeSink = {
      folder: (f, p) => seen.push(`folder ${f.id} ${p}`),
      element: (e) => seen.push(`element ${e.id} ${Object.values(e.name).join('/')}`),
      relationship: (r) => seen.push(`relationship ${r.id} ${r.sourceId}->${r.targetId}`),
      view: (v) =>
        seen.push(`view ${v.id} ${v.nodes.length} nodes ${v.connections.length} connections`),
      drain: async () => void drains++,
    };
    const doc = await parseExchange(chunks(sample, 100), { sink });
    expect(drains).toBeGreaterThan(10);
    expect(seen.filter((s) => s.startsWith('element'))).toEqual(
      doc.elements.map((e) => `element ${e.id} ${Object.values(e.name).join('/')}`),
    );
    expect(seen.filter((s) => s.startsWith('view'))).toEqual(
      doc.views.map(
        (v) => `view ${v.id} ${v.nodes.length} nodes ${v.connections.length} connections`,
      ),
    );
    expect(seen.filter((s) => s.startsWith('relationship'))).toHaveLength(doc.relationships.length);
    expect(seen).toContain('folder f-app 0');
    expect(seen).toContain('folder folder-0-0 1');
    // The file's order: elements, relationships, then folders, then views.
    const first = (kind: string) => seen.findIndex((s) => s.startsWith(kind));
    expect(first('element')).toBeLessThan(first('relationship'));
    expect(first('relationship')).toBeLessThan(first('folder'));
    expect(first('folder')).toBeLessThan(first('view'));
  });

  it("gives each concept the reader's slot for its identifier, the same wherever it is met", async () => {
    const body = `
      <elements>
        <element identifier="a" xsi:type="BusinessActor"><name>A</name></element>
        <element identifier="b" xsi:type="BusinessRole"><name>B</name></element>
      </elements>
      <relationships>
        <relationship identifier="r-early" xsi:type="Association" source="r-late" target="a"/>
        <relationship identifier="r-late" xsi:type="Assignment" source="a" target="b"/>
      </relationships>
      <organizations><item><label>K</label><item identifierRef="a"/><item identifierRef="v"/></item></organizations>
      <views><diagrams><view identifier="v" xsi:type="Diagram"><name>V</name></view></diagrams></views>`;
    const slots = new Map<string, IdSlot>();
    const ends: Record<string, [IdSlot | undefined, IdSlot | undefined]> = {};
    const filed: [string, IdSlot][] = [];
    let lookup: IdLookup = () => undefined;
    const sink: ExchangeSink = {
      begin: (l) => void (lookup = l),
      element: (e, slot) => void slots.set(e.id, slot),
      relationship: (r, slot, source, target) => {
        slots.set(r.id, slot);
        ends[r.id] = [source, target];
      },
      view: (v, slot) => void slots.set(v.id, slot),
      filed: (id, _folder, slot) => void filed.push([id, slot]),
    };
    await parseExchange(model(body), { sink });
    expect([...slots.keys()]).toEqual(['a', 'b', 'r-early', 'r-late', 'v']);
    for (const [id, slot] of slots) expect(lookup(id)).toBe(slot);
    // Ends read before the relationship come with their slots; one further on does not.
    expect(ends['r-late']).toEqual([slots.get('a'), slots.get('b')]);
    expect(ends['r-late'][0]).toBe(slots.get('a'));
    expect(ends['r-early']).toEqual([undefined, slots.get('a')]);
    expect(filed.map(([id, slot]) => [id, slot === slots.get(id)])).toEqual([
      ['a', true],
      ['v', true],
    ]);
    // What a sink keeps in a slot stays there.
    slots.get('a')!.slot = 'row a';
    expect(lookup('a')?.slot).toBe('row a');
    expect(lookup('missing')).toBeUndefined();
  });
});
