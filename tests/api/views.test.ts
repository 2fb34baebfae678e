import { randomUUID } from 'node:crypto';
import { GqlClient, startTestApp, type TestApp } from '../support/test-app';

const VIEW = `query($id: ID!) { view(id: $id) { id version kind nodes { id parentId kind elementId x y width height pinned }
  connections { id relationshipId sourceId targetId bendpoints } } }`;
const APPLY = `mutation($v: ID!, $ver: Int!, $c: [JSON!]!) { applyViewCommands(viewId: $v, expectedVersion: $ver, commands: $c) {
  id version nodes { id x y parentId } connections { id } } }`;

describe('views: generated kinds and typed edit commands', () => {
  let t: TestApp;
  let admin: GqlClient;
  let refModelId: string;
  let ecosystemId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = new GqlClient(t.url);
    await admin.signIn('paaarkkitehti@vm.fi');
    const { models } = await admin.ok(`{ models { id kind } }`);
    refModelId = models.find((m: any) => m.kind === 'reference').id;
    const { views } = await admin.ok(`query($m: ID!) { views(modelId: $m) { id kind } }`, { m: refModelId });
    ecosystemId = views.find((v: any) => v.kind === 'ecosystem').id;
  });
  afterAll(() => t.close());

  it('seeds an ecosystem view of the reference model with its seven bands stacked top to bottom', async () => {
    const { view } = await admin.ok(VIEW, { id: ecosystemId });
    const bands = view.nodes.filter((n: any) => n.kind === 'container' && !n.parentId);
    expect(bands.length).toBeGreaterThanOrEqual(7);
    const ys = bands.map((b: any) => b.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(view.nodes.filter((n: any) => n.kind === 'element').length).toBeGreaterThan(30);
    expect(view.connections.length).toBeGreaterThan(10);
  });

  it('adds, moves and connects nodes in one batch and answers CONFLICT to a stale version', async () => {
    const { view } = await admin.ok(VIEW, { id: ecosystemId });
    const { viewModel } = await admin.ok(`query($v: ID!) { viewModel(viewId: $v) }`, { v: ecosystemId });
    const app = viewModel.elements.find((e: any) => e.type === 'ApplicationComponent');
    const el = await admin.ok(
      `mutation($m: ID!) { createElement(input: { modelId: $m, type: "ApplicationService", name: { fi: "Uusi palvelu" } }) { id } }`,
      { m: refModelId },
    );
    const rel = await admin.ok(
      `mutation($m: ID!, $s: ID!, $t: ID!) { createRelationship(input: { modelId: $m, type: "Realization", sourceId: $s, targetId: $t }) { id } }`,
      { m: refModelId, s: app.id, t: el.createElement.id },
    );
    const appNode = view.nodes.find((n: any) => n.elementId === app.id);
    const nodeId = randomUUID();
    const connId = randomUUID();
    const r = await admin.ok(APPLY, {
      v: ecosystemId,
      ver: view.version,
      c: [
        { op: 'add-node', id: nodeId, kind: 'element', elementId: el.createElement.id, x: 10, y: 20, width: 120, height: 55 },
        { op: 'move-nodes', moves: [{ id: nodeId, x: 40, y: 50 }] },
        { op: 'add-connection', id: connId, kind: 'relationship', relationshipId: rel.createRelationship.id, sourceId: appNode.id, targetId: nodeId },
        { op: 'set-pinned', ids: [nodeId], pinned: true },
      ],
    });
    expect(r.applyViewCommands.version).toBe(view.version + 1);
    expect(r.applyViewCommands.nodes.find((n: any) => n.id === nodeId)).toMatchObject({ x: 40, y: 50 });
    expect(r.applyViewCommands.connections.map((c: any) => c.id)).toContain(connId);

    const stale = await admin.request(APPLY, { v: ecosystemId, ver: view.version, c: [{ op: 'move-nodes', moves: [{ id: nodeId, x: 0, y: 0 }] }] });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', actualVersion: view.version + 1 });
    const after = await admin.ok(VIEW, { id: ecosystemId });
    expect(after.view.nodes.find((n: any) => n.id === nodeId)).toMatchObject({ x: 40, y: 50, pinned: true });
  });

  it('refuses a whole batch when one command is wrong, changing nothing', async () => {
    const { view } = await admin.ok(VIEW, { id: ecosystemId });
    const someNode = view.nodes.find((n: any) => n.kind === 'element');
    const r = await admin.request(APPLY, {
      v: ecosystemId,
      ver: view.version,
      c: [
        { op: 'move-nodes', moves: [{ id: someNode.id, x: 999, y: 999 }] },
        { op: 'remove-nodes', ids: [randomUUID()] },
      ],
    });
    expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(r.errors?.[0].message).toMatch(/Command 2/);
    const again = await admin.ok(VIEW, { id: ecosystemId });
    expect(again.view.version).toBe(view.version);
    expect(again.view.nodes.find((n: any) => n.id === someNode.id)).toMatchObject({ x: someNode.x, y: someNode.y });
    const bad = await admin.request(APPLY, { v: ecosystemId, ver: view.version, c: [{ op: 'teleport' }] });
    expect(bad.errors?.[0].message).toMatch(/unknown op/);
  });

  it('refuses a connection whose relationship does not join the two nodes’ elements', async () => {
    const { view } = await admin.ok(VIEW, { id: ecosystemId });
    const conn = view.connections.find((c: any) => c.relationshipId);
    const r = await admin.request(APPLY, {
      v: ecosystemId,
      ver: view.version,
      c: [{ op: 'add-connection', id: randomUUID(), kind: 'relationship', relationshipId: conn.relationshipId, sourceId: conn.targetId, targetId: conn.sourceId }],
    });
    expect(r.errors?.[0].message).toMatch(/does not connect/);
  });

  it('removing a node from a view keeps the element in the model; nesting cannot make a cycle', async () => {
    const { view } = await admin.ok(VIEW, { id: ecosystemId });
    const band = view.nodes.find((n: any) => n.kind === 'container' && !n.parentId);
    const child = view.nodes.find((n: any) => n.parentId === band.id);
    const cycle = await admin.request(APPLY, { v: ecosystemId, ver: view.version, c: [{ op: 'set-parent', id: band.id, parentId: child.id, x: 0, y: 0 }] });
    expect(cycle.errors?.[0].message).toMatch(/inside itself/);
    const leaf = view.nodes.find((n: any) => n.kind === 'element' && !view.nodes.some((m: any) => m.parentId === n.id));
    await admin.ok(APPLY, { v: ecosystemId, ver: view.version, c: [{ op: 'remove-nodes', ids: [leaf.id] }] });
    const { element } = await admin.ok(`query($id: ID!) { element(id: $id) { id deletedAt } }`, { id: leaf.elementId });
    expect(element.deletedAt).toBeNull();
  });

  it.each([
    ['process', {}],
    ['portfolio', { groupBy: 'domain', colorBy: 'Elinkaaren tila' }],
    ['ecosystem', {}],
  ])('generates a %s view of a region model', async (kind, options) => {
    const client = new GqlClient(t.url);
    await client.signIn('arkkitehti@pohjois-karjala.fi');
    const { models } = await client.ok(`{ models { id kind state canEdit } }`);
    const region = models.find((m: any) => m.canEdit && m.state === 'current');
    const r = await client.ok(
      `mutation($i: GenerateViewInput!) { generateView(input: $i) { id kind nodes { id kind } } }`,
      { i: { modelId: region.id, kind, options } },
    );
    expect(r.generateView.kind).toBe(kind);
    expect(r.generateView.nodes.length).toBeGreaterThan(3);
  });
});
