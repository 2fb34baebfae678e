import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import { ExchangeError, parseExchange } from '../index';
import type { ElementDoc, FolderDoc, ViewDoc } from '@kartasto/metamodel';

const fixtures = path.resolve(__dirname, '../../../../tests/fixtures/exchange');
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name));

async function refusal(
  input: Parameters<typeof parseExchange>[0],
  options?: Parameters<typeof parseExchange>[1],
): Promise<ExchangeError> {
  try {
    await parseExchange(input, options);
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

const model = (body: string, attrs = '') =>
  `<?xml version="1.0"?><model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m"${attrs}><name>M</name>${body}</model>`;

describe('parseExchange: the hand-written sample', () => {
  let doc: Awaited<ReturnType<typeof parseExchange>>;
  beforeAll(async () => {
    doc = await parseExchange(fixture('kartasto-sample.xml'));
  });

  it('reads the model header in every language and keeps metadata verbatim', () => {
    expect(doc.id).toBe('m-kunta');
    expect(doc.name).toEqual({
      fi: 'Kunnan kokonaisarkkitehtuuri',
      sv: 'Kommunens helhetsarkitektur',
      '': 'Municipal EA',
    });
    expect(doc.documentation).toEqual({ fi: 'Testimalli & esimerkki' });
    expect(doc.properties).toEqual([{ definitionId: 'pd-owner', value: { fi: 'Tietohallinto' } }]);
    expect(doc.metadata?.xml).toContain('<schema>Dublin Core</schema>');
    expect(doc.metadata?.xml).toContain(
      '<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Kartasto tests</dc:creator>',
    );
  });

  it('reads elements with per-language names, documentation and property values', () => {
    const app = doc.elements.find((e) => e.id === 'e-app')!;
    expect(app.type).toBe('ApplicationComponent');
    expect(app.name).toEqual({ fi: 'Asiakastietojärjestelmä', en: 'Customer system' });
    expect(app.documentation).toEqual({ fi: 'Rivi 1\nRivi 2 <tärkeä>' });
    expect(app.properties).toEqual([
      { definitionId: 'pd-owner', value: { fi: 'Sote', en: 'Health' } },
      { definitionId: 'pd-cost', value: { '': '1200' } },
    ]);
    expect(doc.elements.find((e) => e.id === 'e-j')!.type).toBe('OrJunction');
    expect(doc.propertyDefinitions).toEqual([
      { id: 'pd-owner', name: { fi: 'Omistaja' }, type: 'string' },
      { id: 'pd-cost', name: { '': 'Kustannus' }, type: 'currency' },
    ]);
  });

  it('reads relationship attributes, with Access defaulting to Access', () => {
    const byId = new Map(doc.relationships.map((r) => [r.id, r]));
    expect(byId.get('r-read')!.accessType).toBe('Read');
    expect(byId.get('r-access')!.accessType).toBe('Access');
    expect(byId.get('r-infl')!.influenceStrength).toBe('++');
    expect(byId.get('r-assoc')).toMatchObject({
      isDirected: true,
      sourceId: 'r-serve',
      targetId: 'e-goal',
    });
    expect(byId.get('r-assoc2')!.isDirected).toBe(false);
  });

  it('turns labelled organization items into folders and leaf items into folderIds', () => {
    expect(doc.folders).toEqual([
      { id: 'f-app', name: { fi: 'Sovellukset' }, documentation: {}, order: 0 },
      {
        id: 'folder-0-0',
        parentId: 'f-app',
        name: { fi: 'Ydinjärjestelmät' },
        documentation: {},
        order: 0,
      },
      { id: 'folder-1', name: { '': 'Näkymät' }, documentation: {}, order: 1 },
      { id: 'folder-2', name: { '': 'Suhteet' }, documentation: {}, order: 2 },
    ]);
    expect(doc.elements.find((e) => e.id === 'e-app')!.folderId).toBe('folder-0-0');
    expect(doc.elements.find((e) => e.id === 'e-data')!.folderId).toBe('f-app');
    expect(doc.views.find((v) => v.id === 'v-main')!.folderId).toBe('folder-1');
    expect(doc.relationships.find((r) => r.id === 'r-serve')!.folderId).toBe('folder-2');
  });

  it('stores nested node bounds relative to the parent and keeps styles', () => {
    const view = doc.views.find((v) => v.id === 'v-main')!;
    expect(view.viewpoint).toBe('Application Usage');
    const nodes = new Map(view.nodes.map((n) => [n.id, n]));
    expect(nodes.get('n-group')).toMatchObject({
      kind: 'container',
      label: { fi: 'Ryhmä' },
      bounds: { x: 100, y: 50, width: 400, height: 300 },
    });
    expect(nodes.get('n-app')).toMatchObject({
      parentId: 'n-group',
      elementId: 'e-app',
      bounds: { x: 20, y: 30, width: 120, height: 55 },
    });
    expect(nodes.get('n-data')).toMatchObject({
      parentId: 'n-app',
      bounds: { x: 10, y: 20, width: 60, height: 20 },
    });
    expect(nodes.get('n-note')).toMatchObject({ kind: 'label', viewRefId: 'v-other', order: 3 });
    expect(nodes.get('n-group')!.style).toEqual({
      lineWidth: 2,
      fill: { r: 255, g: 255, b: 200, a: 50 },
      line: { r: 0, g: 0, b: 0 },
      font: { name: 'Arial', size: 9.5, style: 'bold italic', color: { r: 10, g: 20, b: 30 } },
    });
  });

  it('reads connections, absolute bendpoints and connection-to-connection ends', () => {
    const view = doc.views.find((v) => v.id === 'v-main')!;
    const byId = new Map(view.connections.map((c) => [c.id, c]));
    expect(byId.get('c-serve')).toMatchObject({
      kind: 'relationship',
      relationshipId: 'r-serve',
      bendpoints: [
        { x: 300, y: 20 },
        { x: 550, y: 20 },
      ],
    });
    expect(byId.get('c-assoc')).toMatchObject({ sourceId: 'c-serve', targetId: 'n-goal' });
    expect(byId.get('c-line')).toMatchObject({ kind: 'line', label: { '': 'huom.' } });
  });
});

describe('parseExchange: folders without identifiers', () => {
  const goals = (...ids: string[]) =>
    `<elements>${ids.map((id) => `<element identifier="${id}" xsi:type="Goal"><name>${id}</name></element>`).join('')}</elements>`;
  const folderOf = (doc: Awaited<ReturnType<typeof parseExchange>>, id: string) => {
    const concept = [...doc.elements, ...doc.views].find((c) => c.id === id)!;
    return doc.folders.find((f) => f.id === concept.folderId)!.name[''];
  };

  it('keeps apart two made-up folders whose paths give the same id', async () => {
    // "Under an item" and "Inside second" both sit at path 0-0-0.
    const doc = await parseExchange(
      model(`${goals('a', 'b', 'd')}<organizations>
        <item><label>Top</label>
          <item identifierRef="a"><item><label>Under an item</label><item identifierRef="b"/></item></item>
          <item><label>Second</label><item><label>Inside second</label><item identifierRef="d"/></item></item>
        </item></organizations>`),
    );
    expect(doc.folders.map((f) => f.id)).toEqual([
      'folder-0',
      'folder-0-0-0',
      'folder-0-0',
      'folder-0-0-0-2',
    ]);
    expect(folderOf(doc, 'b')).toBe('Under an item');
    expect(folderOf(doc, 'd')).toBe('Inside second');
    expect(doc.folders.find((f) => f.id === 'folder-0-0-0-2')!.parentId).toBe('folder-0-0');
  });

  it('renames a made-up folder when a later folder or view has its id, and its contents follow', async () => {
    const doc = await parseExchange(
      model(`${goals('a', 'b')}<organizations>
        <item><label>Made up</label><item identifierRef="a"/><item identifierRef="v1"/></item>
        <item identifier="folder-0"><label>Explicit</label><item identifierRef="b"/></item>
        <item><label>Third</label></item>
      </organizations>
      <views><diagrams><view identifier="folder-2" xsi:type="Diagram"><name>V</name></view>
        <view identifier="v1" xsi:type="Diagram"><name>V1</name></view></diagrams></views>`),
    );
    expect(doc.folders.map((f) => f.id)).toEqual(['folder-0-2', 'folder-0', 'folder-2-2']);
    expect(folderOf(doc, 'a')).toBe('Made up');
    expect(folderOf(doc, 'v1')).toBe('Made up');
    expect(folderOf(doc, 'b')).toBe('Explicit');
  });

  it('without retaining, hands the sink everything and tells it each first filing', async () => {
    // Renamed made-up folders, filings before and after the concept, and a second filing.
    const text =
      model(`<organizations><item identifier="f1"><label>Early</label><item identifierRef="b"/></item></organizations>
      ${goals('a', 'b')}<organizations>
        <item><label>Made up</label><item identifierRef="a"/><item identifierRef="v1"/><item identifierRef="b"/></item>
        <item identifier="folder-1"><label>Explicit</label></item>
      </organizations>
      <views><diagrams><view identifier="v1" xsi:type="Diagram"><name>V1</name>
        <node identifier="n1" xsi:type="Element" elementRef="a" x="10" y="10" w="100" h="50">
          <node identifier="n2" xsi:type="Element" elementRef="b" x="20" y="20" w="50" h="20"/></node>
      </view></diagrams></views>`);
    const handed = { elements: [] as ElementDoc[], views: [] as ViewDoc[] };
    const filed: [string, FolderDoc][] = [];
    const doc = await parseExchange(text, {
      retain: false,
      sink: {
        element: (e) => handed.elements.push(e),
        view: (v) => handed.views.push(v),
        filed: (id, folder) => filed.push([id, folder]),
      },
    });
    expect([doc.elements, doc.views]).toEqual([[], []]);
    // "a" is filed at once; "b" (read later than its first filing) and "v1" at the end, in
    // file order, and "b" only once. Ids are as at the end: the made-up folder took another id
    // when "folder-1" came.
    expect(filed.map(([id, f]) => [id, f.id])).toEqual([
      ['a', 'folder-1-2'],
      ['b', 'f1'],
      ['v1', 'folder-1-2'],
    ]);
    const concepts = [...handed.elements, ...handed.views];
    for (const [id, folder] of filed) concepts.find((c) => c.id === id)!.folderId = folder.id;
    expect({ ...doc, ...handed }).toEqual(await parseExchange(text));
  });
});

describe('parseExchange: inputs and encodings', () => {
  it('reads a stream delivered in tiny chunks the same as a whole buffer', async () => {
    const bytes = fixture('kartasto-sample.xml');
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    const progress: number[] = [];
    const streamed = await parseExchange(Readable.from(chunks), {
      onProgress: (n) => progress.push(n),
    });
    expect(streamed).toEqual(await parseExchange(bytes));
    expect(progress[progress.length - 1]).toBe(bytes.length);
  });

  it('honours a windows-1252 declaration', async () => {
    const doc = await parseExchange(fixture('windows-1252.xml'));
    expect(doc.name).toEqual({ '': 'Pääkaupunkiseutu € – kesä' });
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const doc = await parseExchange(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(model(''))]),
    );
    expect(doc.name).toEqual({ '': 'M' });
  });
});

describe('parseExchange: hostile and broken files are refused', () => {
  it('refuses billion laughs before expanding anything', async () => {
    const error = await refusal(fixture('billion-laughs.xml'));
    expect(error.code).toBe('DOCTYPE_FORBIDDEN');
    expect(error.line).toBe(2);
  });

  it('refuses an external entity', async () => {
    expect((await refusal(fixture('external-entity.xml'))).code).toBe('DOCTYPE_FORBIDDEN');
  });

  it('refuses a DOCTYPE split across chunks, wherever the split falls', async () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE model>\n' + model('');
    const start = text.indexOf('<!');
    for (let cut = start - 2; cut <= start + 10; cut++) {
      const error = await refusal(Readable.from([text.slice(0, cut), text.slice(cut)]));
      // The input guard's words (before the parser sees anything), on the DOCTYPE's line.
      expect([cut, error.code, error.line]).toEqual([cut, 'DOCTYPE_FORBIDDEN', 2]);
      expect(error.message).toContain('never need one');
    }
    const tiny = [...text].map((c) => c); // one character a chunk: the seam spans many chunks
    const error = await refusal(Readable.from(tiny));
    expect([error.code, error.line]).toEqual(['DOCTYPE_FORBIDDEN', 2]);
    expect(error.message).toContain('never need one');
  });

  it('refuses 200,000 levels of nesting at the depth limit', async () => {
    const depth = 200_000;
    // Extension content in a foreign namespace is skipped, so only the depth check can stop it.
    const text = model(
      '<e:x xmlns:e="urn:ext">' + '<e:x>'.repeat(depth) + '</e:x>'.repeat(depth) + '</e:x>',
    );
    const error = await refusal(text);
    expect(error.code).toBe('TOO_DEEP');
    expect(error.message).toContain('64 levels');
  });

  it('counts nesting inside metadata towards the depth limit', async () => {
    const depth = 200_000;
    const text = model(
      '<metadata>' +
        '<e:x xmlns:e="urn:ext">'.repeat(depth) +
        '</e:x>'.repeat(depth) +
        '</metadata>',
    );
    expect((await refusal(text)).code).toBe('TOO_DEEP');
  });

  it('refuses an unbound namespace prefix with the line', async () => {
    const error = await refusal(
      model('\n<elements><element identifier="e1" q:type="Goal"/></elements>'),
    );
    expect(error.code).toBe('MALFORMED_XML');
    expect(error.message).toMatch(/^Line 2, column \d+: .*unbound namespace prefix: "q"/);
  });

  it('binds a prefix declared on the same tag, and refuses one attribute named twice through two prefixes', async () => {
    const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
    const doc = await parseExchange(
      model(`<elements><element identifier="e1" p:type="Goal" xmlns:p="${XSI}"/></elements>`),
    );
    expect(doc.elements.map((e) => e.type)).toEqual(['Goal']);
    const error = await refusal(
      model(
        `\n<elements><element identifier="e1" xsi:type="Goal" t:type="Goal" xmlns:t="${XSI}"/></elements>`,
      ),
    );
    expect(error.code).toBe('MALFORMED_XML');
    expect(error.message).toMatch(
      /^Line 2, column \d+: .*duplicate attribute: \{http:\/\/www\.w3\.org\/2001\/XMLSchema-instance\}type/,
    );
  });

  it('resolves prefixes declared anywhere, including a prefixed ArchiMate namespace', async () => {
    const doc = await parseExchange(
      '<a:model xmlns:a="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:t="http://www.w3.org/2001/XMLSchema-instance" identifier="m">' +
        '<a:elements><a:element identifier="e1" t:type="a:Goal"><a:name xml:lang="fi">Tavoite</a:name></a:element></a:elements>' +
        '</a:model>',
    );
    expect(doc.elements).toEqual([
      expect.objectContaining({ id: 'e1', type: 'Goal', name: { fi: 'Tavoite' } }),
    ]);
  });

  it('checks references to concepts later in the file, and files concepts in their first folder', async () => {
    const doc = await parseExchange(
      model(`
        <organizations>
          <item identifier="f1"><label>Eka</label><item identifierRef="e2"/></item>
        </organizations>
        <elements>
          <element identifier="e1" xsi:type="Goal"><properties><property propertyDefinitionRef="pd"><value>1</value></property></properties></element>
          <element identifier="e2" xsi:type="Goal"><properties><property propertyDefinitionRef="pd"><value>2</value></property></properties></element>
        </elements>
        <organizations>
          <item identifier="f2"><label>Toka</label><item identifierRef="e2"/><item identifierRef="e1"/></item>
        </organizations>
        <propertyDefinitions><propertyDefinition identifier="pd" type="number"/></propertyDefinitions>`),
    );
    expect(doc.elements.map((e) => [e.id, e.folderId])).toEqual([
      ['e1', 'f2'],
      ['e2', 'f1'],
    ]);
    const missing = await refusal(
      model(
        '<elements><element identifier="e1" xsi:type="Goal"><properties>' +
          '<property propertyDefinitionRef="nope"><value>1</value></property>' +
          '<property propertyDefinitionRef="nope"><value>2</value></property></properties></element></elements>',
      ),
    );
    expect(missing.code).toBe('MISSING_REFERENCE');
    expect(missing.identifier).toBe('nope');
  });

  it('refuses input over the size cap', async () => {
    const error = await refusal(fixture('kartasto-sample.xml'), { maxBytes: 1000 });
    expect(error.code).toBe('TOO_LARGE');
  });

  it('refuses a truncated file', async () => {
    const error = await refusal(fixture('truncated.xml'));
    expect(['TRUNCATED', 'MALFORMED_XML']).toContain(error.code);
    expect(error.code).toBe('TRUNCATED');
  });

  it('refuses an empty file', async () => {
    expect((await refusal('')).code).toBe('TRUNCATED');
  });

  it('refuses invalid UTF-8 and names the line', async () => {
    const error = await refusal(fixture('invalid-utf8.xml'));
    expect(error.code).toBe('INVALID_UTF8');
    expect(error.line).toBe(3);
  });

  it('refuses a relationship to a missing element, naming line and identifier', async () => {
    const error = await refusal(fixture('missing-reference.xml'));
    expect(error).toMatchObject({ code: 'MISSING_REFERENCE', identifier: 'e-missing', line: 10 });
    expect(error.message).toMatch(/^Line 10: relationship "r-1" \(target\) refers to "e-missing"/);
  });

  it('refuses a duplicate identifier', async () => {
    const error = await refusal(fixture('duplicate-id.xml'));
    expect(error).toMatchObject({ code: 'DUPLICATE_ID', identifier: 'e-1', line: 8 });
    expect(error.message).toContain('line 5');
  });

  it('refuses identifiers that are not NCNames', async () => {
    const digit = await refusal(
      model(
        '<elements><element identifier="1abc" xsi:type="Goal"><name>x</name></element></elements>',
      ),
    );
    expect(digit).toMatchObject({ code: 'INVALID_ID', identifier: '1abc' });
    const space = await refusal(
      model(
        '<elements><element identifier="a" xsi:type="Goal"><name>x</name><properties><property propertyDefinitionRef="has owner"><value>x</value></property></properties></element></elements>',
      ),
    );
    expect(space).toMatchObject({ code: 'INVALID_ID', identifier: 'has owner' });
    expect(space.message).toContain('space');
  });

  it('refuses a property that refers to no definition', async () => {
    const error = await refusal(
      model(
        '<properties><property propertyDefinitionRef="pd-1"><value>x</value></property></properties>',
      ),
    );
    expect(error).toMatchObject({ code: 'MISSING_REFERENCE', identifier: 'pd-1' });
  });

  it('refuses a node that refers to a relationship as its element', async () => {
    const body =
      '<elements><element identifier="a" xsi:type="Goal"><name>a</name></element></elements>' +
      '<relationships><relationship identifier="r" xsi:type="Association" source="a" target="a"/></relationships>' +
      '<views><diagrams><view identifier="v" xsi:type="Diagram"><name>v</name><node identifier="n" xsi:type="Element" elementRef="r" x="0" y="0" w="1" h="1"/></view></diagrams></views>';
    expect((await refusal(model(body))).code).toBe('WRONG_REFERENCE_KIND');
  });

  it('refuses unknown element types', async () => {
    const error = await refusal(
      model(
        '<elements><element identifier="a" xsi:type="Gadget"><name>x</name></element></elements>',
      ),
    );
    expect(error).toMatchObject({ code: 'UNKNOWN_TYPE', identifier: 'a' });
  });

  it('says an ArchiMate 2.1 file is 2.1 and how to convert it', async () => {
    const error = await refusal(
      '<model xmlns="http://www.opengroup.org/xsd/archimate" identifier="m"><name>x</name></model>',
    );
    expect(error.code).toBe('UNSUPPORTED_VERSION');
    expect(error.message).toContain('2.1');
    expect(error.message).toContain('Archi');
  });

  it('refuses files that are not exchange files', async () => {
    expect((await refusal('<html><body/></html>')).code).toBe('NOT_EXCHANGE_FORMAT');
    expect(
      (
        await refusal(
          '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="m"><name>x</name></model><x/>',
        )
      ).code,
    ).toBe('MALFORMED_XML');
  });
});
