import { createTenant, PASSWORD } from '../support/fixtures';
import { GqlClient, startTestApp, type TestApp } from '../support/test-app';

const UPDATE = `mutation($i: UpdateModelInput!) { updateModel(input: $i) { id name visibility state version } }`;

describe('model settings: rename, state and sharing', () => {
  let t: TestApp;
  let pk: Awaited<ReturnType<typeof createTenant>>;
  let admin: GqlClient;
  let editor: GqlClient;
  let outsider: GqlClient;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
    pk = await createTenant(t.db, 'pohjois-karjala', [
      { email: 'admin@pk.fi', role: 'admin' },
      { email: 'editor@pk.fi', role: 'editor' },
    ]);
    await createTenant(t.db, 'pirkanmaa', [{ email: 'other@pirkanmaa.fi', role: 'viewer' }]);
    admin = new GqlClient(t.url);
    await admin.signIn('admin@pk.fi', PASSWORD);
    editor = new GqlClient(t.url);
    await editor.signIn('editor@pk.fi', PASSWORD);
    outsider = new GqlClient(t.url);
    await outsider.signIn('other@pirkanmaa.fi', PASSWORD);
  });
  afterAll(() => t.close());

  it('renames a model with the version read and answers CONFLICT to a stale one', async () => {
    const r = await editor.ok(UPDATE, {
      i: {
        id: pk.modelId,
        expectedVersion: 1,
        name: { fi: 'PK nykytila 2026' },
        state: 'transition',
      },
    });
    expect(r.updateModel).toMatchObject({
      name: { fi: 'PK nykytila 2026' },
      state: 'transition',
      version: 2,
    });
    const stale = await admin.request(UPDATE, {
      i: { id: pk.modelId, expectedVersion: 1, name: { fi: 'Toinen nimi' } },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', actualVersion: 2 });
  });

  it('lets only an admin share a model, after which other organisations can read it', async () => {
    const denied = await editor.request(UPDATE, {
      i: { id: pk.modelId, expectedVersion: 2, visibility: 'network' },
    });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const before = await outsider.request(`query($id: ID!) { model(id: $id) { id } }`, {
      id: pk.modelId,
    });
    expect(before.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await admin.ok(UPDATE, { i: { id: pk.modelId, expectedVersion: 2, visibility: 'network' } });
    const after = await outsider.ok(`query($id: ID!) { model(id: $id) { id canEdit } }`, {
      id: pk.modelId,
    });
    expect(after.model).toEqual({ id: pk.modelId, canEdit: false });
    const audit = await t.db.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`,
      [pk.modelId],
    );
    expect(audit.map((a: any) => a.action)).toEqual(['update', 'update']);
  });
});
