import ExcelJS from 'exceljs';
import { createTenant, PASSWORD } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildZip, CELL, CREATE, PORTFOLIO, REL, Session } from './portfolio-support';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('portfolio export and import (XLSX and CSV)', () => {
  let t: TestApp;
  let source: string;
  let editor: Session;
  let orgId: string;

  const snapshot = async (modelId: string) => {
    const { portfolio } = await editor.ok(PORTFOLIO, { m: modelId });
    return portfolio.rows
      .map((r: any) => ({ identifier: r.identifier, name: r.name, documentation: r.documentation, values: r.values }))
      .sort((a: any, b: any) => a.identifier.localeCompare(b.identifier));
  };
  const counts = async (modelId: string) => {
    const [row] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM element WHERE model_id = $1) AS elements,
              (SELECT coalesce(sum(version), 0)::int FROM element WHERE model_id = $1) AS versions,
              (SELECT count(*)::int FROM audit_event WHERE model_id = $1) AS audit`,
      [modelId],
    );
    return row;
  };
  const newModel = async (name: string) => {
    const [m] = await t.db.query(
      `INSERT INTO model (organization_id, name, kind, state) VALUES ($1, $2, 'enterprise', 'target') RETURNING id`,
      [orgId, { fi: name }],
    );
    return m.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
    ({ modelId: source, organizationId: orgId } = await createTenant(t.db, 'pohjois-karjala', [{ email: 'editor@pk.fi', role: 'editor' }]));
    editor = new Session(t.url);
    await editor.signIn('editor@pk.fi', PASSWORD);
    const systems = [
      { fi: 'Potilastietojärjestelmä', sv: 'Patientdatasystem', doc: 'Potilaskertomus; "lainausmerkit" ja rivinvaihto\nmukana.' },
      { fi: '=HYPERLINK("http://evil")', doc: 'Nimi, joka näyttää kaavalta.' },
      { fi: 'Taloushallinto', doc: '' },
    ];
    const ids: string[] = [];
    for (const s of systems) {
      const { createElement } = await editor.ok(CREATE, {
        input: { modelId: source, type: 'ApplicationComponent', name: { fi: s.fi, ...(s.sv ? { sv: s.sv } : {}) }, documentation: s.doc ? { fi: s.doc } : {} },
      });
      ids.push(createElement.id);
    }
    const values: [string, string][] = [
      ['code', 'PTJ-01'],
      ['domain', 'Sote – asiakas- ja potilastieto'],
      ['lifecycleState', 'tuotannossa'],
      ['introducedYear', '2009'],
      ['retirementYear', '2027'],
      ['owningOrganization', 'Siun sote'],
      ['supplier', '-Toimittaja Oy'],
      ['contractEnd', '2026-12-31'],
      ['internalUserCount', '4200'],
      ['costMaintenance', '820000.5'],
      ['costsByYear', '{"costMaintenance":{"2026":800000,"2027":400000}}'],
      ['criticality', '5'],
      ['confidentiality', 'korkea'],
      ['url', 'https://ptj.example.fi'],
    ];
    let version = 1;
    for (const [attribute, value] of values)
      version = (await editor.ok(CELL, { input: { elementId: ids[0], expectedVersion: version, attribute, value } })).updatePortfolioCell.version;
    await editor.ok(CELL, { input: { elementId: ids[1], expectedVersion: 1, attribute: 'owner', value: '@tietohallinto' } });
    await editor.ok(REL, { input: { modelId: source, type: 'Flow', sourceId: ids[0], targetId: ids[2], name: { fi: 'Laskutustiedot' } } });
  });
  afterAll(() => t.close());

  it('exports XLSX with three sheets, headers in the asked language, frozen header and auto-filter', async () => {
    const res = await editor.download(`/api/models/${source}/portfolio.xlsx?lang=sv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['System', 'Gränssnitt', 'Värdelistor']);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['Identifierare', 'Namn (finska)', 'Livscykelstatus', 'Kritikalitet']));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(2).width).toBeGreaterThan(20);
    expect(ws.rowCount).toBe(4);
    const col = (name: string) => header.indexOf(name) + 1;
    const ptj = [2, 3, 4].map((r) => ws.getRow(r)).find((r) => r.getCell(col('Namn (finska)')).value === 'Potilastietojärjestelmä')!;
    expect(ptj.getCell(col('Livscykelstatus')).value).toBe('I produktion');
    expect(ptj.getCell(col('Införandeår')).value).toBe(2009);
    const interfaces = wb.worksheets[1];
    expect(interfaces.rowCount).toBe(3);
    expect(wb.worksheets[2].rowCount).toBeGreaterThan(40);
  });

  it('escapes CSV cells that a spreadsheet would run as formulas', async () => {
    const res = await editor.download(`/api/models/${source}/portfolio.csv?lang=fi`);
    expect(res.status).toBe(200);
    const text = res.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain("'@tietohallinto");
    expect(text).toContain("'-Toimittaja Oy");
    expect(text).not.toMatch(/(^|;)[=+\-@]/m);
  });

  it('filters the export through the query string', async () => {
    const res = await editor.download(`/api/models/${source}/portfolio.csv?q=talous`);
    expect(res.headers.get('x-portfolio-rows')).toBe('1');
    const filter = encodeURIComponent(JSON.stringify({ conditions: [{ key: 'criticality', op: 'gte', values: ['4'] }] }));
    const res2 = await editor.download(`/api/models/${source}/portfolio.csv?filter=${filter}`);
    expect(res2.headers.get('x-portfolio-rows')).toBe('1');
    const anon = await fetch(`${t.url}/api/models/${source}/portfolio.xlsx`);
    expect(anon.status).toBe(401);
  });

  it.each(['xlsx', 'csv'])('round-trips %s: export, import into an empty model, identical data', async (format) => {
    const file = await editor.download(`/api/models/${source}/portfolio.${format}?lang=fi`);
    const target = await newModel(`Kopio ${format}`);
    const preview = await editor.upload(`/api/models/${target}/portfolio/import?mode=preview`, file.body);
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ format, newCount: 3, changedCount: 0, problems: [] });
    expect(await counts(target)).toMatchObject({ elements: 0 });
    const applied = await editor.upload(`/api/models/${target}/portfolio/import?mode=apply`, file.body);
    expect(applied.status).toBe(200);
    expect(applied.json).toMatchObject({ applied: true, newCount: 3 });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    // Importing the same file into the source changes nothing.
    const again = await editor.upload(`/api/models/${source}/portfolio/import?mode=preview`, file.body);
    expect(again.json).toMatchObject({ newCount: 0, changedCount: 0, unchangedCount: 3, problems: [] });
  });

  it('previews and applies a changed row, and the interfaces sheet sets transfer methods', async () => {
    const file = await editor.download(`/api/models/${source}/portfolio.xlsx?lang=en`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Systems')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const row = [2, 3, 4].map((r) => ws.getRow(r)).find((r) => r.getCell(col('Name (Finnish)')).value === 'Taloushallinto')!;
    row.getCell(col('Lifecycle state')).value = 'Being retired';
    row.getCell(col('Planned retirement year')).value = 2028;
    const ifs = wb.getWorksheet('Interfaces')!;
    const ifHeader = (ifs.getRow(1).values as unknown[]).slice(1);
    ifs.getRow(2).getCell(ifHeader.indexOf('Transfer method') + 1).value = 'File transfer (SFTP)';
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    const preview = await editor.upload(`/api/models/${source}/portfolio/import?mode=preview`, body, XLSX_TYPE);
    expect(preview.json).toMatchObject({ changedCount: 1, newCount: 0, interfaceChangeCount: 1, problems: [] });
    expect(preview.json.rows[0].changes).toEqual([
      expect.objectContaining({ key: 'lifecycleState', before: null, after: 'Poistumassa' }),
      expect.objectContaining({ key: 'retirementYear', before: null, after: '2028' }),
    ]);
    const applied = await editor.upload(`/api/models/${source}/portfolio/import?mode=apply`, body, XLSX_TYPE);
    expect(applied.json.applied).toBe(true);
    const { portfolio } = await editor.ok(PORTFOLIO, { m: source });
    const talous = portfolio.rows.find((r: any) => r.name.fi === 'Taloushallinto');
    expect(talous.values).toMatchObject({ lifecycleState: 'Poistumassa', retirementYear: '2028' });
    expect(talous.interfaces[0].transferMethod).toBe('Tiedostonsiirto (SFTP)');
    // The same file again is now stale: the version column says so, and nothing is written.
    const stale = await editor.upload(`/api/models/${source}/portfolio/import?mode=apply`, body, XLSX_TYPE);
    expect(stale.status).toBe(422);
    expect(stale.json.problems[0].message).toMatch(/changed in Kartasto after/);
  });

  it('refuses bad rows all-or-nothing, naming sheet, row and column of every problem', async () => {
    const file = await editor.download(`/api/models/${source}/portfolio.xlsx?lang=fi`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Järjestelmät')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    const letter = (name: string) => String.fromCharCode(64 + col(name));
    ws.getRow(2).getCell(col('Käyttöönottovuosi')).value = 'kauan sitten';
    ws.getRow(3).getCell(col('Elinkaaren tila')).value = 'Ikuinen';
    ws.addRow([]).getCell(col('Lyhenne')).value = 'NONAME';
    const good = ws.addRow([]);
    good.getCell(col('Nimi (suomi)')).value = 'Uusi hyvä järjestelmä';
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    const before = await counts(source);
    const res = await editor.upload(`/api/models/${source}/portfolio/import?mode=apply`, body);
    expect(res.status).toBe(422);
    expect(res.json.applied).toBe(false);
    const problems = res.json.problems.map((p: any) => `${p.sheet}!${p.row}!${p.column}`);
    expect(problems).toEqual([
      `Järjestelmät!2!${letter('Käyttöönottovuosi')} (Käyttöönottovuosi)`,
      `Järjestelmät!3!${letter('Elinkaaren tila')} (Elinkaaren tila)`,
      `Järjestelmät!5!${letter('Nimi (suomi)')} (Nimi (suomi))`,
    ]);
    expect(res.json.problems[1].message).toMatch(/not in the value list/);
    expect(await counts(source)).toEqual(before);
  });

  it('refuses a zip bomb before inflating it, and damaged or hostile files, writing nothing', async () => {
    const before = await counts(source);
    const zeros = Buffer.alloc(120 * 1024 * 1024);
    const honest = buildZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }, { name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    const r1 = await editor.upload(`/api/models/${source}/portfolio/import?mode=apply`, honest);
    expect(r1.status).toBe(422);
    expect(r1.json).toMatchObject({ code: 'IMPORT_FAILED' });
    expect(r1.json.message).toMatch(/zip bomb/);
    // A bomb that declares a small size: inflation stops at the declared size.
    const liar = buildZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="x" r:id="rId1"/></sheets></workbook>') },
      { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>') },
      { name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 1000 },
    ]);
    const r2 = await editor.upload(`/api/models/${source}/portfolio/import?mode=apply`, liar);
    expect(r2.status).toBe(422);
    expect(r2.json.message).toMatch(/more than it declares/);
    const many = buildZip(Array.from({ length: 2500 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('<a/>') })));
    const r3 = await editor.upload(`/api/models/${source}/portfolio/import?mode=preview`, many);
    expect(r3.json.message).toMatch(/entries/);
    const doctype = buildZip([{ name: 'xl/workbook.xml', data: Buffer.from('<!DOCTYPE x [<!ENTITY a "aaaa">]><workbook/>') }]);
    const r4 = await editor.upload(`/api/models/${source}/portfolio/import?mode=preview`, doctype);
    expect(r4.json.message).toMatch(/DOCTYPE/);
    expect(await counts(source)).toEqual(before);
  });
});
