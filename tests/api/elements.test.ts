import { createTenant, PASSWORD } from '../support/fixtures';
import { GqlClient, startTestApp, type TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateElementInput!) {
  createElement(input: $input) { id type name documentation version specialization }
}`;
const UPDATE = `mutation($input: UpdateElementInput!) { updateElement(input: $input) { id name version } }`;
const REL = `mutation($input: CreateRelationshipInput!) {
  createRelationship(input: $input) { id type sourceId targetId accessType version }
}`;

describe('elements and relationships through GraphQL', () => {
  let t: TestApp;
  let modelId: string;
  let editor: GqlClient;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
    ({ modelId } = await createTenant(t.db, 'pohjois-karjala', [
      { email: 'editor@pk.fi', role: 'editor' },
      { email: 'viewer@pk.fi', role: 'viewer' },
    ]));
    editor = new GqlClient(t.url);
    await editor.signIn('editor@pk.fi', PASSWORD);
  });
  afterAll(() => t.close());

  it('creates an element, reads it back and writes an audit row in the same transaction', async () => {
    const { createElement } = await editor.ok(CREATE, {
      input: {
        modelId,
        type: 'ApplicationComponent',
        name: { fi: 'Potilastietojärjestelmä', en: 'Patient records' },
        specialization: 'Tietojärjestelmä',
      },
    });
    expect(createElement).toMatchObject({
      type: 'ApplicationComponent',
      version: 1,
      specialization: 'Tietojärjestelmä',
    });
    const { element } = await editor.ok(`query($id: ID!) { element(id: $id) { name } }`, {
      id: createElement.id,
    });
    expect(element.name).toEqual({ fi: 'Potilastietojärjestelmä', en: 'Patient records' });
    const audit = await t.db.query(`SELECT action FROM audit_event WHERE entity_id = $1`, [
      createElement.id,
    ]);
    expect(audit).toEqual([{ action: 'create' }]);
    await expect(
      t.db.query(`DELETE FROM audit_event WHERE entity_id = $1`, [createElement.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses an unknown element type and a missing name with VALIDATION_FAILED', async () => {
    const bad = await editor.request(CREATE, {
      input: { modelId, type: 'Spaceship', name: { fi: 'x' } },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const noName = await editor.request(CREATE, {
      input: { modelId, type: 'BusinessActor', name: { fi: '  ' } },
    });
    expect(noName.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('answers CONFLICT to the slower of two editors racing on the same version, keeping the first edit', async () => {
    const { createElement: el } = await editor.ok(CREATE, {
      input: { modelId, type: 'BusinessActor', name: { fi: 'Maakunta' } },
    });
    const other = new GqlClient(t.url);
    await other.signIn('editor@pk.fi', PASSWORD);
    const [a, b] = await Promise.all([
      editor.request(UPDATE, {
        input: { id: el.id, expectedVersion: 1, name: { fi: 'Maakunta järjestäjänä' } },
      }),
      other.request(UPDATE, {
        input: { id: el.id, expectedVersion: 1, name: { fi: 'Hyvinvointialue' } },
      }),
    ]);
    const results = [a, b];
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      expectedVersion: 1,
      actualVersion: 2,
    });
    const { element } = await editor.ok(`query($id: ID!) { element(id: $id) { name version } }`, {
      id: el.id,
    });
    expect(element.version).toBe(2);
    expect(element.name).toEqual((won[0].data as any).updateElement.name);
  });

  it('enforces the ArchiMate relationship table with RELATIONSHIP_NOT_ALLOWED naming both types', async () => {
    const mk = async (type: string, fi: string) =>
      (await editor.ok(CREATE, { input: { modelId, type, name: { fi } } })).createElement
        .id as string;
    const app = await mk('ApplicationComponent', 'Asiakastietojärjestelmä');
    const proc = await mk('BusinessProcess', 'Asiakkuuden hoito');
    const data = await mk('DataObject', 'Asiakastieto');
    const serving = await editor.ok(REL, {
      input: { modelId, type: 'Serving', sourceId: app, targetId: proc },
    });
    expect(serving.createRelationship).toMatchObject({
      type: 'Serving',
      sourceId: app,
      targetId: proc,
    });
    const access = await editor.ok(REL, {
      input: { modelId, type: 'Access', sourceId: app, targetId: data, accessType: 'Read' },
    });
    expect(access.createRelationship.accessType).toBe('Read');
    const bad = await editor.request(REL, {
      input: { modelId, type: 'Assignment', sourceId: data, targetId: proc },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'RELATIONSHIP_NOT_ALLOWED',
      sourceType: 'DataObject',
      targetType: 'BusinessProcess',
    });
    expect(bad.errors?.[0].message).toMatch(/DataObject.*BusinessProcess/);
    expect((bad.errors?.[0].extensions?.allowed as string[]).length).toBeGreaterThan(0);
    expect(bad.errors?.[0].extensions?.allowed as string[]).not.toContain('Assignment');

    const { element } = await editor.ok(
      `query($id: ID!) { element(id: $id) { outgoing { type target { id } } incoming { type } } }`,
      { id: app },
    );
    expect(element.outgoing.map((r: any) => r.type).sort()).toEqual(['Access', 'Serving']);

    // A relationship may point at a relationship where ArchiMate allows it (association to an aggregation-grouped one is not needed here):
    const rels = await editor.ok(`query($m: ID!) { relationships(modelId: $m) { id type } }`, {
      m: modelId,
    });
    expect(rels.relationships.length).toBe(2);
  });

  it('soft-deletes an element with its relationships and restores them together', async () => {
    const a = (
      await editor.ok(CREATE, {
        input: { modelId, type: 'ApplicationComponent', name: { fi: 'Poistettava' } },
      })
    ).createElement;
    const b = (
      await editor.ok(CREATE, {
        input: { modelId, type: 'ApplicationService', name: { fi: 'Palvelu' } },
      })
    ).createElement;
    await editor.ok(REL, {
      input: { modelId, type: 'Realization', sourceId: a.id, targetId: b.id },
    });
    const del = await editor.ok(
      `mutation($id: ID!, $v: Int!) { deleteElement(id: $id, expectedVersion: $v) { version deletedAt } }`,
      {
        id: a.id,
        v: 1,
      },
    );
    expect(del.deleteElement.deletedAt).toBeTruthy();
    let inc = await editor.ok(`query($id: ID!) { element(id: $id) { incoming { id } } }`, {
      id: b.id,
    });
    expect(inc.element.incoming).toHaveLength(0);
    await editor.ok(
      `mutation($id: ID!, $v: Int!) { restoreElement(id: $id, expectedVersion: $v) { version } }`,
      {
        id: a.id,
        v: del.deleteElement.version,
      },
    );
    inc = await editor.ok(`query($id: ID!) { element(id: $id) { incoming { type } } }`, {
      id: b.id,
    });
    expect(inc.element.incoming).toEqual([{ type: 'Realization' }]);
  });

  it('pages through elements with a cursor and filters by layer and text', async () => {
    for (let i = 0; i < 12; i++)
      await editor.ok(CREATE, {
        input: {
          modelId,
          type: 'Capability',
          name: { fi: `Kyvykkyys ${String(i).padStart(2, '0')}` },
        },
      });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await editor.ok(
        `query($m: ID!, $a: String) { elements(modelId: $m, first: 5, after: $a, filter: { layers: ["strategy"] }) {
           nodes { name } totalCount pageInfo { hasNextPage endCursor } } }`,
        { m: modelId, a: after },
      );
      seen.push(...page.elements.nodes.map((n: any) => n.name.fi));
      expect(page.elements.totalCount).toBe(12);
      after = page.elements.pageInfo.hasNextPage ? page.elements.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(12);
    const hit = await editor.ok(
      `query($m: ID!) { elements(modelId: $m, filter: { text: "kyvykkyys 07" }) { nodes { name } } }`,
      { m: modelId },
    );
    expect(hit.elements.nodes.map((n: any) => n.name.fi)).toEqual(['Kyvykkyys 07']);
  });

  it('searches names and documentation in every language by word prefix', async () => {
    await editor.ok(CREATE, {
      input: {
        modelId,
        type: 'ApplicationService',
        name: { fi: 'Ajanvarauspalvelu', sv: 'Tidsbokningstjänst', en: 'Appointment booking' },
        documentation: { fi: 'Asiakas varaa ajan verkossa.' },
      },
    });
    for (const text of ['ajanvar', 'tidsbokning', 'appointment', 'verkossa']) {
      const r = await editor.ok(
        `query($t: String!, $m: ID) { search(text: $t, modelId: $m) { name } }`,
        { t: text, m: modelId },
      );
      expect(r.search.map((e: any) => e.name.en)).toContain('Appointment booking');
    }
    // The planner picks the GIN index once the table is large; here we check the index exists.
    const idx = await t.db.query(
      `SELECT indexdef FROM pg_indexes WHERE indexname = 'element_search_idx'`,
    );
    expect(idx[0].indexdef).toMatch(/gin \(search_vector\)/);
  });

  it('lets a viewer read but not change the model', async () => {
    const viewer = new GqlClient(t.url);
    await viewer.signIn('viewer@pk.fi', PASSWORD);
    const m = await viewer.ok(`query($id: ID!) { model(id: $id) { id canEdit } }`, { id: modelId });
    expect(m.model.canEdit).toBe(false);
    const r = await viewer.request(CREATE, {
      input: { modelId, type: 'BusinessActor', name: { fi: 'Ei saa' } },
    });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('asks for sign-in and never leaks internals in errors', async () => {
    const anon = new GqlClient(t.url);
    const r = await anon.request(`query($id: ID!) { model(id: $id) { id } }`, { id: modelId });
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0].extensions?.requestId).toBeTruthy();
    const wrong = await anon.request(
      `mutation { signIn(email: "editor@pk.fi", password: "wrong") { id } }`,
    );
    expect(wrong.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    const typo = await editor.request(`query { modelz { id } }`);
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    const badId = await editor.request(`query { model(id: "no-such-model") { id } }`);
    expect(badId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(badId.errors)).not.toMatch(/uuid|syntax|SELECT|postgres|stack/i);
  });
});

describe('relations are batched (no N+1)', () => {
  let t: TestApp;
  let client: GqlClient;
  let modelId: string;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
    ({ modelId } = await createTenant(t.db, 'batch', [{ email: 'b@batch.fi', role: 'editor' }]));
    client = new GqlClient(t.url);
    await client.signIn('b@batch.fi', PASSWORD);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await client.ok(
        `mutation($m: ID!, $n: String!) { createElement(input: { modelId: $m, type: "ApplicationComponent", name: { fi: $n } }) { id } }`,
        {
          m: modelId,
          n: `Järjestelmä ${String(i).padStart(2, '0')}`,
        },
      );
      ids.push(r.createElement.id);
    }
    for (let i = 0; i < 40; i++)
      await client.ok(
        `mutation($m: ID!, $s: ID!, $t: ID!) { createRelationship(input: { modelId: $m, type: "Flow", sourceId: $s, targetId: $t }) { id } }`,
        {
          m: modelId,
          s: ids[i],
          t: ids[(i + 1) % 40],
        },
      );
  });
  afterAll(() => t.close());

  async function countQueries(first: number): Promise<number> {
    let count = 0;
    const original = t.db.logger;
    t.db.logger = {
      ...original,
      logQuery: () => void count++,
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    } as typeof original;
    try {
      const r = await client.ok(
        `query($m: ID!, $f: Int!) { elements(modelId: $m, first: $f) { nodes { name outgoing { type target { name } } incoming { source { name } } usedInViews { id } } } }`,
        { m: modelId, f: first },
      );
      expect(r.elements.nodes).toHaveLength(first);
      expect(
        r.elements.nodes.every((n: any) => n.outgoing.length === 1 && n.outgoing[0].target.name.fi),
      ).toBe(true);
    } finally {
      t.db.logger = original;
    }
    return count;
  }

  it('answers 40 elements with their relationships and other ends in as many queries as 5', async () => {
    const few = await countQueries(5);
    const many = await countQueries(40);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(10);
  });
});
