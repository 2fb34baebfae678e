import { createTenant, PASSWORD } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { CELL, CREATE, PORTFOLIO, REL, Session } from './portfolio-support';

describe('system portfolio through GraphQL', () => {
  let t: TestApp;
  let modelId: string;
  let orgId: string;
  let editor: Session;
  let admin: Session;
  let viewer: Session;
  const ids: Record<string, string> = {};

  const cell = (elementId: string, expectedVersion: number, attribute: string, value: string | null) =>
    editor.request(CELL, { input: { elementId, expectedVersion, attribute, value } });
  const rowOf = async (elementId: string) => {
    const { portfolio } = await editor.ok(PORTFOLIO, { m: modelId });
    return portfolio.rows.find((r: any) => r.elementId === elementId);
  };

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
    ({ modelId, organizationId: orgId } = await createTenant(t.db, 'pohjois-karjala', [
      { email: 'editor@pk.fi', role: 'editor' },
      { email: 'admin@pk.fi', role: 'admin' },
      { email: 'viewer@pk.fi', role: 'viewer' },
    ]));
    editor = new Session(t.url);
    admin = new Session(t.url);
    viewer = new Session(t.url);
    await editor.signIn('editor@pk.fi', PASSWORD);
    await admin.signIn('admin@pk.fi', PASSWORD);
    await viewer.signIn('viewer@pk.fi', PASSWORD);
    const mk = async (key: string, type: string, fi: string, extra: Record<string, unknown> = {}) =>
      (ids[key] = (await editor.ok(CREATE, { input: { modelId, type, name: { fi }, ...extra } })).createElement.id);
    await mk('ptj', 'ApplicationComponent', 'Potilastietojärjestelmä', {
      specialization: 'Tietojärjestelmä',
      documentation: { fi: 'Potilaskertomus.' },
    });
    await mk('lab', 'ApplicationComponent', 'Laboratoriojärjestelmä', { specialization: 'Tietojärjestelmä' });
    await mk('kanta', 'ApplicationComponent', 'Kanta-palvelut');
    await mk('ptjApi', 'ApplicationInterface', 'PTJ:n FHIR-rajapinta');
    await mk('data', 'DataObject', 'Potilaskertomus');
    await mk('process', 'BusinessProcess', 'Vastaanotto');
    await editor.ok(REL, { input: { modelId, type: 'Composition', sourceId: ids.ptj, targetId: ids.ptjApi } });
    ids.flow = (await editor.ok(REL, { input: { modelId, type: 'Flow', sourceId: ids.ptjApi, targetId: ids.kanta, name: { fi: 'Potilasasiakirjat' } } })).createRelationship.id;
    ids.labFlow = (await editor.ok(REL, { input: { modelId, type: 'Flow', sourceId: ids.lab, targetId: ids.ptj } })).createRelationship.id;
    await editor.ok(REL, { input: { modelId, type: 'Access', sourceId: ids.ptj, targetId: ids.data, accessType: 'ReadWrite' } });
    // Serving a business process is not an interface to another system.
    await editor.ok(REL, { input: { modelId, type: 'Serving', sourceId: ids.ptj, targetId: ids.process } });
  });
  afterAll(() => t.close());

  it('stores an attribute as a property of a well-known definition, by code, and reads it back', async () => {
    const r = await cell(ids.ptj, 1, 'lifecycleState', 'Tuotannossa');
    expect(r.errors).toBeUndefined();
    expect(r.data!.updatePortfolioCell).toMatchObject({ version: 2, values: { lifecycleState: 'Tuotannossa' } });
    const [def] = await t.db.query(
      `SELECT name, data_type FROM property_definition WHERE model_id = $1 AND identifier = 'kartasto-portfolio-lifecycle-state'`,
      [modelId],
    );
    expect(def).toEqual({ name: { fi: 'Elinkaaren tila', sv: 'Livscykelstatus', en: 'Lifecycle state' }, data_type: 'string' });
    const [el] = await t.db.query('SELECT properties FROM element WHERE id = $1', [ids.ptj]);
    expect(el.properties).toEqual([{ definitionId: 'kartasto-portfolio-lifecycle-state', value: { '': 'Tuotannossa' } }]);
    // The ordinary element API sees the same property.
    const { element } = await editor.ok(`query($id: ID!) { element(id: $id) { properties { definitionId value } } }`, { id: ids.ptj });
    expect(element.properties).toHaveLength(1);
    const audit = await t.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 AND action = 'update'`, [ids.ptj]);
    expect(audit).toHaveLength(1);

    const year = await cell(ids.ptj, 2, 'introducedYear', ' 2009 ');
    expect(year.data!.updatePortfolioCell.values).toEqual({ lifecycleState: 'Tuotannossa', introducedYear: '2009' });
    const cost = await cell(ids.ptj, 3, 'costMaintenance', '820 000,50');
    expect(cost.data!.updatePortfolioCell.values.costMaintenance).toBe('820000.5');
    const cleared = await cell(ids.ptj, 4, 'costMaintenance', '');
    expect(cleared.data!.updatePortfolioCell.values.costMaintenance).toBeUndefined();
  });

  it('refuses bad values, stale versions and viewers with stable codes', async () => {
    const row = await rowOf(ids.lab);
    const badYear = await cell(ids.lab, row.version, 'introducedYear', 'viime vuonna');
    expect(badYear.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', attribute: 'introducedYear' });
    const badChoice = await cell(ids.lab, row.version, 'lifecycleState', 'Ikuinen');
    expect(badChoice.errors?.[0].message).toMatch(/not in the value list/);
    const unknown = await cell(ids.lab, row.version, 'favouriteColour', 'sininen');
    expect(unknown.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const noName = await cell(ids.lab, row.version, 'name.fi', '');
    expect(noName.errors?.[0].message).toMatch(/needs a name/);
    const ok = await cell(ids.lab, row.version, 'criticality', '4 – Korkea');
    expect(ok.data!.updatePortfolioCell.values.criticality).toBe('4');
    const stale = await cell(ids.lab, row.version, 'criticality', '5');
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: row.version, actualVersion: row.version + 1 });
    expect(stale.errors?.[0].message).toMatch(/changed by someone else/);
    const asViewer = await viewer.request(CELL, { input: { elementId: ids.lab, expectedVersion: row.version + 1, attribute: 'criticality', value: '5' } });
    expect(asViewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await rowOf(ids.lab)).values.criticality).toBe('4');
  });

  it('derives interfaces and data resources from relationships, never typed twice', async () => {
    const ptj = await rowOf(ids.ptj);
    const kinds = ptj.interfaces.map((i: any) => `${i.direction}:${i.partnerName.fi}:${i.partnerIsSystem}`).sort();
    expect(kinds).toEqual(['in:Laboratoriojärjestelmä:true', 'out:Kanta-palvelut:true']);
    expect(ptj.dataResources).toEqual([{ name: { fi: 'Potilaskertomus' }, accessType: 'ReadWrite' }]);
    const kanta = await rowOf(ids.kanta);
    expect(kanta.interfaces).toEqual([expect.objectContaining({ direction: 'in', partnerName: { fi: 'Potilastietojärjestelmä' } })]);

    const out = ptj.interfaces.find((i: any) => i.direction === 'out');
    const set = await editor.ok(
      `mutation($r: ID!, $v: Int!, $x: String) { updateInterfaceTransferMethod(relationshipId: $r, expectedVersion: $v, value: $x) { version transferMethod } }`,
      { r: out.relationshipId, v: out.relationshipVersion, x: 'HL7 / FHIR' },
    );
    expect(set.updateInterfaceTransferMethod).toEqual({ version: out.relationshipVersion + 1, transferMethod: 'HL7 / FHIR' });
    const again = await rowOf(ids.kanta);
    expect(again.interfaces[0].transferMethod).toBe('HL7 / FHIR');
  });

  it('flags every system missing what 906/2019 §5 requires, until it is filled in', async () => {
    const q = `query($m: ID!) { portfolioLegalReport(modelId: $m) { systemCount compliantCount findings { elementId missing } } }`;
    let report = (await editor.ok(q, { m: modelId })).portfolioLegalReport;
    expect(report.systemCount).toBe(3);
    const missing = (id: string) => report.findings.find((f: any) => f.elementId === id)?.missing ?? [];
    expect(missing(ids.ptj)).toEqual(['RESPONSIBLE_AUTHORITY', 'TRANSFER_METHODS']);
    expect(missing(ids.lab)).toEqual(['RESPONSIBLE_AUTHORITY', 'PURPOSE', 'TRANSFER_METHODS']);
    expect(missing(ids.kanta)).toEqual(['RESPONSIBLE_AUTHORITY', 'PURPOSE']);

    const row = await rowOf(ids.ptj);
    await (editor.ok(CELL, { input: { elementId: ids.ptj, expectedVersion: row.version, attribute: 'owningOrganization', value: 'Siun sote' } }));
    const labFlow = (await rowOf(ids.ptj)).interfaces.find((i: any) => i.direction === 'in');
    await editor.ok(
      `mutation($r: ID!, $v: Int!) { updateInterfaceTransferMethod(relationshipId: $r, expectedVersion: $v, value: "rest-rajapinta") { version } }`,
      { r: labFlow.relationshipId, v: labFlow.relationshipVersion },
    );
    report = (await editor.ok(q, { m: modelId })).portfolioLegalReport;
    expect(missing(ids.ptj)).toEqual([]);
    expect(report.compliantCount).toBe(1);
    const flagged = await editor.ok(PORTFOLIO, { m: modelId, f: { legalMissingOnly: true } });
    expect(flagged.portfolio.rows.map((r: any) => r.elementId).sort()).toEqual([ids.lab, ids.kanta].sort());
    expect(flagged.portfolio.totalCount).toBe(3);
  });

  it('filters and sorts the table on the server', async () => {
    const byState = await editor.ok(PORTFOLIO, {
      m: modelId,
      f: { conditions: [{ key: 'lifecycleState', op: 'in', values: ['Tuotannossa'] }] },
    });
    expect(byState.portfolio.rows.map((r: any) => r.elementId)).toEqual([ids.ptj]);
    const onlySystems = await editor.ok(PORTFOLIO, { m: modelId, f: { specialization: 'Tietojärjestelmä' } });
    expect(onlySystems.portfolio.rows).toHaveLength(2);
    const text = await editor.ok(PORTFOLIO, { m: modelId, f: { text: 'kanta' } });
    expect(text.portfolio.rows.map((r: any) => r.name.fi)).toEqual(['Kanta-palvelut']);
    const sorted = await editor.ok(PORTFOLIO, { m: modelId, s: [{ key: 'name', desc: true }] });
    expect(sorted.portfolio.rows.map((r: any) => r.name.fi)).toEqual(['Potilastietojärjestelmä', 'Laboratoriojärjestelmä', 'Kanta-palvelut']);
  });

  it('keeps value lists per organisation, editable by its admins only and version-checked', async () => {
    const Q = `query($m: ID!) { portfolioValueLists(modelId: $m) { organizationId canEdit lists { key version values { code label } } } }`;
    const UPD = `mutation($i: UpdatePortfolioValueListInput!) { updatePortfolioValueList(input: $i) { lists { key version values { code } } } }`;
    const before = (await editor.ok(Q, { m: modelId })).portfolioValueLists;
    expect(before.canEdit).toBe(false);
    const lifecycle = before.lists.find((l: any) => l.key === 'lifecycleState');
    expect(lifecycle.version).toBe(0);
    expect(lifecycle.values.map((v: any) => v.code)).toEqual(['Suunnitteilla', 'Kehityksessä', 'Tuotannossa', 'Poistumassa', 'Poistunut']);

    const values = [...lifecycle.values, { code: 'pilotissa', label: { fi: 'Pilotissa', sv: 'I pilot', en: 'In pilot' } }];
    const input = { organizationId: orgId, key: 'lifecycleState', expectedVersion: 0, values };
    const byEditor = await editor.request(UPD, { i: input });
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await admin.ok(Q, { m: modelId })).portfolioValueLists.canEdit).toBe(true);
    const saved = await admin.ok(UPD, { i: input });
    expect(saved.updatePortfolioValueList.lists.find((l: any) => l.key === 'lifecycleState').version).toBe(1);
    const stale = await admin.request(UPD, { i: input });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', actualVersion: 1 });
    const dup = await admin.request(UPD, { i: { ...input, expectedVersion: 1, values: [values[0], values[0]] } });
    expect(dup.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');

    const row = await rowOf(ids.kanta);
    const piloted = await cell(ids.kanta, row.version, 'lifecycleState', 'I pilot');
    expect(piloted.data!.updatePortfolioCell.values.lifecycleState).toBe('pilotissa');
    // Another organisation still has the defaults.
    const other = await createTenant(t.db, 'kainuu', [{ email: 'admin@kainuu.fi', role: 'admin' }]);
    const kainuu = new Session(t.url);
    await kainuu.signIn('admin@kainuu.fi', PASSWORD);
    const theirs = (await kainuu.ok(Q, { m: other.modelId })).portfolioValueLists.lists.find((l: any) => l.key === 'lifecycleState');
    expect(theirs.values.map((v: any) => v.code)).not.toContain('pilotissa');
  });

  it('saves filters per user', async () => {
    const SAVE = `mutation($i: SavePortfolioFilterInput!) { savePortfolioFilter(input: $i) { id name settings } }`;
    const LIST = `query($m: ID) { portfolioSavedFilters(modelId: $m) { id name settings } }`;
    const settings = { filter: { conditions: [{ key: 'lifecycleState', op: 'in', values: ['tuotannossa'] }] }, columns: ['name', 'owner'] };
    const saved = (await editor.ok(SAVE, { i: { modelId, name: 'Tuotannossa', settings } })).savePortfolioFilter;
    await editor.ok(SAVE, { i: { modelId, name: 'Tuotannossa', settings: { ...settings, columns: ['name'] } } });
    const mine = (await editor.ok(LIST, { m: modelId })).portfolioSavedFilters;
    expect(mine).toHaveLength(1);
    expect(mine[0].settings.columns).toEqual(['name']);
    expect((await admin.ok(LIST, { m: modelId })).portfolioSavedFilters).toEqual([]);
    const del = await admin.request(`mutation($id: ID!) { deletePortfolioFilter(id: $id) }`, { id: mine[0].id });
    expect(del.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(saved.id).not.toBe(mine[0].id);
    expect((await editor.ok(`mutation($id: ID!) { deletePortfolioFilter(id: $id) }`, { id: mine[0].id })).deletePortfolioFilter).toBe(true);
  });

  it('shows every readable model’s systems side by side, and nothing private of others', async () => {
    const shared = await createTenant(t.db, 'etela-savo', [{ email: 'editor@es.fi', role: 'editor' }], { visibility: 'network' });
    const hidden = await createTenant(t.db, 'lappi', [{ email: 'editor@lappi.fi', role: 'editor' }], { visibility: 'private' });
    for (const [m, email, fi] of [
      [shared.modelId, 'editor@es.fi', 'Eloisan potilastieto'],
      [hidden.modelId, 'editor@lappi.fi', 'Lapin salainen järjestelmä'],
    ]) {
      const s = new Session(t.url);
      await s.signIn(email, PASSWORD);
      await s.ok(CREATE, { input: { modelId: m, type: 'ApplicationComponent', name: { fi } } });
    }
    const { crossPortfolio } = await editor.ok(`query { crossPortfolio { models { id canEdit } rows { modelId name } } }`);
    const names = crossPortfolio.rows.map((r: any) => r.name.fi);
    expect(names).toEqual(expect.arrayContaining(['Eloisan potilastieto', 'Potilastietojärjestelmä']));
    expect(names).not.toContain('Lapin salainen järjestelmä');
    expect(crossPortfolio.models.find((m: any) => m.id === shared.modelId).canEdit).toBe(false);
    const hiddenRead = await editor.request(PORTFOLIO, { m: hidden.modelId });
    expect(hiddenRead.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
