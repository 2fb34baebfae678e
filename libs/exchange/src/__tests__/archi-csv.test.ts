import { ExchangeError, guardCell, parseArchiCsv, writeArchiCsv } from '../index';

const elementsHeader = '"ID","Type","Name","Documentation","Specialization"\r\n';
const relationsHeader = '"ID","Type","Name","Documentation","Source","Target","Specialization"\r\n';

function refusal(run: () => unknown): ExchangeError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('parseArchiCsv', () => {
  it('reads the model row, multi-line cells, doubled quotes and comments', () => {
    const elements =
      '# exported by hand\r\n' +
      elementsHeader +
      '"m1","ArchimateModel","Kunta","Rivi 1\r\nRivi ""2""",""\r\n' +
      '# comment between rows\r\n' +
      '"a1","BusinessActor","Asukas\nkaksi","Doc #1","Kuntalainen"\r\n';
    const doc = parseArchiCsv({ elements });
    expect(doc).toMatchObject({
      id: 'm1',
      name: { '': 'Kunta' },
      documentation: { '': 'Rivi 1\r\nRivi "2"' },
    });
    expect(doc.elements).toEqual([
      {
        id: 'a1',
        type: 'BusinessActor',
        name: { '': 'Asukas kaksi' },
        documentation: { '': 'Doc #1' },
        properties: [],
        specialization: 'Kuntalainen',
      },
    ]);
  });

  it('detects semicolon and TAB delimiters, a BOM and the header without Specialization', () => {
    const semicolon = '\uFEFF"ID";"Type";"Name";"Documentation"\n"a";"Goal";"G; one";""\n';
    expect(parseArchiCsv({ elements: semicolon }).elements[0].name).toEqual({ '': 'G; one' });
    const tab = Buffer.from('ID\tType\tName\tDocumentation\na\tGoal\tG\t\n');
    expect(parseArchiCsv({ elements: tab }).elements[0]).toMatchObject({ id: 'a', type: 'Goal' });
  });

  it('maps relationship types and the special property keys to attributes', () => {
    const doc = parseArchiCsv({
      elements: elementsHeader + '"a","Goal","A","",""\r\n"j","Junction","","",""\r\n',
      relations:
        relationsHeader +
        '"r1","AccessRelationship","","","a","a",""\r\n' +
        '"r2","AssociationRelationship","","","a","j",""\r\n' +
        '"r3","InfluenceRelationship","","","a","a",""\r\n' +
        '"r4","AccessRelationship","","","a","a",""\r\n',
      properties:
        '"ID","Key","Value"\r\n"r1","Access_Type","ReadWrite"\r\n"r2","Directed","true"\r\n' +
        '"r3","Influence_Strength","++"\r\n"j","Junction_Type","Or"\r\n"a","Omistaja","Tieto"\r\n"a","Omistaja","Toinen"\r\n',
    });
    const byId = new Map(doc.relationships.map((r) => [r.id, r]));
    expect(byId.get('r1')).toMatchObject({ type: 'Access', accessType: 'ReadWrite' });
    expect(byId.get('r2')).toMatchObject({ type: 'Association', isDirected: true });
    expect(byId.get('r3')).toMatchObject({ type: 'Influence', influenceStrength: '++' });
    // Archi's own default when a CSV names no access type.
    expect(byId.get('r4')!.accessType).toBe('Write');
    expect(doc.elements.find((e) => e.id === 'j')!.type).toBe('OrJunction');
    expect(doc.propertyDefinitions).toHaveLength(1);
    expect(doc.elements[0].properties.map((p) => p.value)).toEqual([
      { '': 'Tieto' },
      { '': 'Toinen' },
    ]);
  });

  it('generates ids for blank ID cells and lets a repeated ID replace the earlier row', () => {
    const doc = parseArchiCsv({
      elements:
        elementsHeader +
        '"","Goal","A","",""\r\n"x","Goal","first","",""\r\n"x","Goal","second","",""\r\n',
    });
    expect(doc.elements.map((e) => [e.id, e.name['']])).toEqual([
      ['element-line-2', 'A'],
      ['x', 'second'],
    ]);
  });

  it('refuses unknown types, dangling ends and properties of unknown ids', () => {
    expect(
      refusal(() => parseArchiCsv({ elements: elementsHeader + '"a","Gadget","","",""' })).code,
    ).toBe('UNKNOWN_TYPE');
    const dangling = refusal(() =>
      parseArchiCsv({ relations: relationsHeader + '"r","ServingRelationship","","","a","b",""' }),
    );
    expect(dangling).toMatchObject({ code: 'MISSING_REFERENCE', identifier: 'a', line: 2 });
    expect(
      refusal(() => parseArchiCsv({ properties: '"ID","Key","Value"\r\n"zz","k","v"' })).code,
    ).toBe('MISSING_REFERENCE');
    expect(refusal(() => parseArchiCsv({ elements: '"Type","Name"\r\n"Goal","x"' })).code).toBe(
      'CSV_MISSING_COLUMN',
    );
  });
});

describe('writeArchiCsv', () => {
  it('writes Archi layout: quoted cells, CRLF, model row, special keys', () => {
    const doc = parseArchiCsv({
      elements:
        elementsHeader +
        '"m","ArchimateModel","Malli","",""\r\n"a","Goal","A","",""\r\n"j","Junction","","",""\r\n',
      relations: relationsHeader + '"r","AccessRelationship","","","a","j",""\r\n',
    });
    const out = writeArchiCsv(doc);
    expect(out.elements).toBe(
      elementsHeader +
        '"m","ArchimateModel","Malli","",""\r\n"a","Goal","A","",""\r\n"j","Junction","","",""',
    );
    expect(out.properties).toBe(
      '"ID","Key","Value"\r\n"j","Junction_Type","And"\r\n"r","Access_Type","Write"',
    );
  });

  it('guards cells a spreadsheet would execute, and reading undoes the guard', () => {
    expect(guardCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(guardCell('+1')).toBe("'+1");
    expect(guardCell('@SUM')).toBe("'@SUM");
    expect(guardCell('\tx')).toBe("'\tx");
    expect(guardCell("'=x")).toBe("''=x");
    expect(guardCell('plain')).toBe('plain');
    const doc = parseArchiCsv({
      elements: elementsHeader + '"a","Goal","=1+1","-docs","@spec"\r\n',
    });
    const written = writeArchiCsv(doc);
    expect(written.elements).toContain('"\'=1+1","\'-docs","\'@spec"');
    expect(parseArchiCsv(written).elements).toEqual(doc.elements);
  });
});
