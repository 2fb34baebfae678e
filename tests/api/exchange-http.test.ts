import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { createTenant, PASSWORD } from '../support/fixtures';
import { lockModelRows } from '../../apps/api/src/exchange/model-basis';
import { rowCounts } from '../support/row-counts';
import { GqlClient, startTestApp, type TestApp } from '../support/test-app';

const fixtures = join(__dirname, '../fixtures/exchange');

/** Import and export over HTTP, as the web app and scripts use them. */
describe('import and export over HTTP', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let cookie: string;

  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: { MAX_UPLOAD_MB: '4' } });
    tenant = await createTenant(t.db, 'pohjois-karjala', [{ email: 'editor@pk.fi', role: 'editor' }]);
    await createTenant(t.db, 'pirkanmaa', [{ email: 'outsider@pirkanmaa.fi', role: 'admin' }]);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { signIn(email: "editor@pk.fi", password: "${PASSWORD}") { id } }` }),
    });
    cookie = res.headers.get('set-cookie')!.split(';')[0];
  });
  afterAll(() => t.close());

  async function upload(body: Buffer | string, query: string, type = 'application/xml', who = cookie) {
    const payload = typeof body === 'string' ? body : new Uint8Array(body);
    return fetch(`${t.url}/api/imports?${query}`, { method: 'POST', headers: { 'content-type': type, cookie: who }, body: payload });
  }

  async function waitForJob(jobId: string): Promise<any> {
    for (let i = 0; i < 600; i++) {
      const job = await (await fetch(`${t.url}/api/imports/${jobId}`, { headers: { cookie } })).json();
      if (job.status === 'succeeded' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`job ${jobId} did not finish`);
  }

  let importedModelId: string;

  it('imports an exchange file into a new model as a job with progress and a summary', async () => {
    const res = await upload(readFileSync(join(fixtures, 'kartasto-sample.xml')), `organizationId=${tenant.organizationId}&mode=apply&fileName=sample.xml`);
    expect(res.status).toBe(202);
    const job = await waitForJob((await res.json()).jobId);
    expect(job).toMatchObject({ status: 'succeeded', phase: 'done', format: 'exchange' });
    expect(job.done).toBe(job.total);
    expect(job.summary.elements).toBeGreaterThan(0);
    importedModelId = job.modelId;
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM element WHERE model_id = $1', [importedModelId]);
    expect(n).toBe(job.summary.elements);
  });

  it('previews a merge by identifier without writing, then applies it', async () => {
    const xml = readFileSync(join(fixtures, 'kartasto-sample.xml'), 'utf8').replace('Asiakastietojärjestelmä', 'Asiakkuudenhallinta');
    const before = await rowCounts(t.db);
    const preview = await waitForJob((await (await upload(xml, `into=${importedModelId}&mode=preview`)).json()).jobId);
    expect(preview.status).toBe('succeeded');
    expect(preview.preview.elements).toMatchObject({ new: 0, changed: 1, missing: 0 });
    expect(preview.preview.items).toEqual([expect.objectContaining({ kind: 'element', identifier: 'e-app', change: 'changed' })]);
    expect(await rowCounts(t.db)).toEqual(before);
    const applied = await waitForJob((await (await upload(xml, `into=${importedModelId}&mode=apply`)).json()).jobId);
    expect(applied.status).toBe('succeeded');
    const [row] = await t.db.query(`SELECT name, version FROM element WHERE model_id = $1 AND identifier = 'e-app'`, [importedModelId]);
    expect(row.name.fi).toBe('Asiakkuudenhallinta');
    expect(row.version).toBe(2);
  });

  it('refuses a merge when a colleague changed the model after the preview, and keeps their edit', async () => {
    // The file the last test merged: it matches the model until the colleague's edit.
    const xml = readFileSync(join(fixtures, 'kartasto-sample.xml'), 'utf8').replace('Asiakastietojärjestelmä', 'Asiakkuudenhallinta');
    const preview = await waitForJob((await (await upload(xml, `into=${importedModelId}&mode=preview`)).json()).jobId);
    expect(preview.preview.basis).toMatch(/^[0-9a-f]{32}$/);

    // A colleague renames the same element through the API meanwhile.
    const colleague = new GqlClient(t.url);
    await colleague.signIn('editor@pk.fi', PASSWORD);
    const [mine] = await t.db.query(`SELECT id, version FROM element WHERE model_id = $1 AND identifier = 'e-app'`, [importedModelId]);
    await colleague.ok(`mutation($input: UpdateElementInput!) { updateElement(input: $input) { version } }`, {
      input: { id: mine.id, expectedVersion: mine.version, name: { fi: 'Kollegan nimi' } },
    });
    const before = await rowCounts(t.db);

    const stale = await waitForJob((await (await upload(xml, `into=${importedModelId}&mode=apply&basis=${preview.preview.basis}`)).json()).jobId);
    expect(stale.status).toBe('failed');
    expect(stale.error).toMatchObject({ code: 'CONFLICT', id: importedModelId });
    expect(stale.error.message).toMatch(/changed by someone else after this preview/);
    expect(await rowCounts(t.db)).toEqual(before);
    const [kept] = await t.db.query('SELECT name, version FROM element WHERE id = $1', [mine.id]);
    expect(kept.name.fi).toBe('Kollegan nimi');
    expect(kept.version).toBe(mine.version + 1);

    // Previewed again, the import sees the colleague's edit and goes through.
    const again = await waitForJob((await (await upload(xml, `into=${importedModelId}&mode=preview`)).json()).jobId);
    expect(again.preview.basis).not.toBe(preview.preview.basis);
    expect(again.preview.items).toEqual([expect.objectContaining({ identifier: 'e-app', change: 'changed' })]);
    const applied = await waitForJob((await (await upload(xml, `into=${importedModelId}&mode=apply&basis=${again.preview.basis}`)).json()).jobId);
    expect(applied.status).toBe('succeeded');
    const [after] = await t.db.query('SELECT name, version FROM element WHERE id = $1', [mine.id]);
    expect(after.name.fi).toBe('Asiakkuudenhallinta');
    expect(after.version).toBe(mine.version + 2);
  });

  it('holds a colleague’s edit while a merge writes, then answers them CONFLICT', async () => {
    const [row] = await t.db.query(`SELECT id, version FROM element WHERE model_id = $1 AND identifier = 'e-goal'`, [importedModelId]);
    const merge = t.db.createQueryRunner();
    await merge.startTransaction();
    await lockModelRows(merge.manager, importedModelId);
    const colleague = new GqlClient(t.url);
    await colleague.signIn('editor@pk.fi', PASSWORD);
    let answered = false;
    const edit = colleague
      .request(`mutation($input: UpdateElementInput!) { updateElement(input: $input) { version } }`, {
        input: { id: row.id, expectedVersion: row.version, name: { fi: 'Kollegan tavoite' } },
      })
      .finally(() => (answered = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(answered).toBe(false);
    // What the merge writes to the element, then its commit.
    await merge.query(`UPDATE element SET name = '{"fi": "Tiedoston tavoite"}', version = version + 1 WHERE id = $1`, [row.id]);
    await merge.commitTransaction();
    await merge.release();
    const result = await edit;
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [after] = await t.db.query('SELECT name, version FROM element WHERE id = $1', [row.id]);
    expect(after).toEqual({ name: { fi: 'Tiedoston tavoite' }, version: row.version + 1 });
  });

  it('takes a basis only from a merge preview', async () => {
    const xml = readFileSync(join(fixtures, 'kartasto-sample.xml'));
    const bad = await upload(xml, `into=${importedModelId}&mode=apply&basis=not-a-basis`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).code).toBe('VALIDATION_FAILED');
    const newModel = await upload(xml, `organizationId=${tenant.organizationId}&mode=apply&basis=${'0'.repeat(32)}`);
    expect(newModel.status).toBe(400);
  });

  it.each(['billion-laughs.xml', 'external-entity.xml', 'truncated.xml', 'invalid-utf8.xml', 'missing-reference.xml', 'duplicate-id.xml'])(
    'refuses %s with a clear error naming where, and writes nothing',
    async (file) => {
      const before = await rowCounts(t.db);
      const res = await upload(readFileSync(join(fixtures, file)), `organizationId=${tenant.organizationId}&mode=apply`);
      const job = await waitForJob((await res.json()).jobId);
      expect(job.status).toBe('failed');
      expect(job.error.code).toBe('IMPORT_FAILED');
      expect(job.error.message).toMatch(/line \d+|Line \d+/);
      expect(await rowCounts(t.db)).toEqual(before);
    },
  );

  it('refuses a 200,000-deep nesting at once and writes nothing', async () => {
    const deep =
      '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="m"><name>x</name><organizations>' +
      '<item>'.repeat(200_000) + '</item>'.repeat(200_000) + '</organizations></model>';
    const before = await rowCounts(t.db);
    const job = await waitForJob((await (await upload(deep, `organizationId=${tenant.organizationId}&mode=apply`)).json()).jobId);
    expect(job.status).toBe('failed');
    expect(job.error.reason).toBe('TOO_DEEP');
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('refuses an upload over the size limit with PAYLOAD_TOO_LARGE', async () => {
    const res = await upload(Buffer.alloc(5 * 1024 * 1024, 32), `organizationId=${tenant.organizationId}&mode=apply`);
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('PAYLOAD_TOO_LARGE');
    // The refused body is not read to its end, so the connection is closed, not reused.
    expect(res.headers.get('connection')).toBe('close');
  });

  it('downloads the model as exchange XML and as an Archi CSV zip', async () => {
    const xml = await fetch(`${t.url}/api/models/${importedModelId}/export`, { headers: { cookie } });
    expect(xml.status).toBe(200);
    expect(xml.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.xml"/);
    const text = await xml.text();
    expect(text).toContain('identifier="e-app"');
    expect(text).toContain('Asiakkuudenhallinta');
    const zip = await fetch(`${t.url}/api/models/${importedModelId}/export?format=csv`, { headers: { cookie } });
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['elements.csv', 'properties.csv', 'relations.csv']);
    expect(Buffer.from(files['elements.csv']).toString()).toContain('Asiakkuudenhallinta');
  });

  it('downloads one view as exchange XML', async () => {
    const [view] = await t.db.query('SELECT id, identifier FROM view WHERE model_id = $1 LIMIT 1', [importedModelId]);
    const res = await fetch(`${t.url}/api/views/${view.id}/export`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`identifier="${view.identifier}"`);
  });

  it('guards downloads and imports like GraphQL', async () => {
    const anon = await fetch(`${t.url}/api/models/${importedModelId}/export`);
    expect(anon.status).toBe(401);
    const other = new GqlClient(t.url);
    await other.signIn('outsider@pirkanmaa.fi', PASSWORD);
    const otherCookie = (other as unknown as { cookie: string }).cookie;
    const res = await fetch(`${t.url}/api/models/${importedModelId}/export`, { headers: { cookie: otherCookie } });
    expect(res.status).toBe(404);
    const into = await upload('<x/>', `into=${importedModelId}&mode=apply`, 'application/xml', otherCookie);
    expect(into.status).toBe(404);
  });
});
