import { createTenant, PASSWORD } from '../support/fixtures';
import { GqlClient, startTestApp, type TestApp } from '../support/test-app';

describe('tenancy: organisations see only their own private models', () => {
  let t: TestApp;
  let pk: Awaited<ReturnType<typeof createTenant>>;
  let pirkanmaa: Awaited<ReturnType<typeof createTenant>>;
  let shared: Awaited<ReturnType<typeof createTenant>>;
  let privateElementId: string;
  let outsider: GqlClient;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
    pk = await createTenant(t.db, 'pohjois-karjala', [{ email: 'a@pk.fi', role: 'editor' }]);
    pirkanmaa = await createTenant(t.db, 'pirkanmaa', [{ email: 'b@pirkanmaa.fi', role: 'admin' }]);
    shared = await createTenant(t.db, 'vm', [{ email: 'c@vm.fi', role: 'admin' }], { visibility: 'public', name: 'Viitearkkitehtuuri' });
    const owner = new GqlClient(t.url);
    await owner.signIn('a@pk.fi', PASSWORD);
    const r = await owner.ok(`mutation($m: ID!) { createElement(input: { modelId: $m, type: "BusinessActor", name: { fi: "Salainen" } }) { id } }`, {
      m: pk.modelId,
    });
    privateElementId = r.createElement.id;
    outsider = new GqlClient(t.url);
    await outsider.signIn('b@pirkanmaa.fi', PASSWORD);
  });
  afterAll(() => t.close());

  it('lists only own and shared models', async () => {
    const r = await outsider.ok(`{ models { id } }`);
    const ids = r.models.map((m: any) => m.id);
    expect(ids).toContain(pirkanmaa.modelId);
    expect(ids).toContain(shared.modelId);
    expect(ids).not.toContain(pk.modelId);
  });

  it.each([
    ['model', `query($id: ID!) { model(id: $id) { id } }`, () => ({ id: pk.modelId })],
    ['elements', `query($id: ID!) { elements(modelId: $id) { totalCount } }`, () => ({ id: pk.modelId })],
    ['folders', `query($id: ID!) { folders(modelId: $id) { id } }`, () => ({ id: pk.modelId })],
    ['element by id', `query($id: ID!) { element(id: $id) { id } }`, () => ({ id: privateElementId })],
    ['views', `query($id: ID!) { views(modelId: $id) { id } }`, () => ({ id: pk.modelId })],
  ])('refuses to read another organisation’s private %s by id', async (_name, query, vars) => {
    const r = await outsider.request(query, vars());
    expect(r.data).toBeNull();
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('does not find another organisation’s private elements by search', async () => {
    const r = await outsider.ok(`{ search(text: "salainen") { id } }`);
    expect(r.search).toEqual([]);
  });

  it.each([
    ['create an element', `mutation($m: ID!) { createElement(input: { modelId: $m, type: "BusinessActor", name: { fi: "x" } }) { id } }`, () => ({ m: pk.modelId })],
    ['update an element', `mutation($id: ID!) { updateElement(input: { id: $id, expectedVersion: 1, name: { fi: "muutettu" } }) { id } }`, () => ({ id: privateElementId })],
    ['delete an element', `mutation($id: ID!) { deleteElement(id: $id, expectedVersion: 1) { id } }`, () => ({ id: privateElementId })],
  ])('refuses to %s in another organisation’s private model', async (_name, query, vars) => {
    const r = await outsider.request(query, vars());
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(r.errors?.[0].extensions?.code);
    const [row] = await t.db.query('SELECT name, version, deleted_at FROM element WHERE id = $1', [privateElementId]);
    expect(row).toEqual({ name: { fi: 'Salainen' }, version: 1, deleted_at: null });
  });

  it('lets others read a public model but not change it', async () => {
    const r = await outsider.ok(`query($id: ID!) { model(id: $id) { id canEdit } }`, { id: shared.modelId });
    expect(r.model.canEdit).toBe(false);
    const w = await outsider.request(
      `mutation($m: ID!) { createElement(input: { modelId: $m, type: "BusinessActor", name: { fi: "x" } }) { id } }`,
      { m: shared.modelId },
    );
    expect(w.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
