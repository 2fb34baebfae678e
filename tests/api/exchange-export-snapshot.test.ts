import type { DataSource } from 'typeorm';
import { openDatabase } from '../../apps/api/src/database/data-source';
import { ExportService } from '../../apps/api/src/exchange/export.service';
import { createTenant } from '../support/fixtures';
import { createTestDatabase } from '../support/test-app';

/**
 * An export reads a model with several queries. A colleague's edit saved while it runs must not
 * show in some of them and not in others: the export would then refer to an element under a
 * name the element list does not have.
 */
describe('exporting a model while it is edited', () => {
  let db: DataSource;
  let other: DataSource;
  let modelId: string;

  beforeAll(async () => {
    const url = await createTestDatabase();
    db = await openDatabase(url, 4);
    other = await openDatabase(url, 2);
    const tenant = await createTenant(db, 'snapshot', [
      { email: 'snapshot@kartasto.fi', role: 'editor' },
    ]);
    [{ id: modelId }] = await db.query(
      `INSERT INTO model (organization_id, kind, state, name) VALUES ($1, 'enterprise', 'current', '{"fi":"Tilannekuva"}') RETURNING id`,
      [tenant.organizationId],
    );
    const [{ id: elementId }] = await db.query(
      `INSERT INTO element (model_id, identifier, type, name) VALUES ($1, 'e-app', 'ApplicationComponent', '{"fi":"Asiakastiedot"}') RETURNING id`,
      [modelId],
    );
    const [{ id: viewId }] = await db.query(
      `INSERT INTO view (model_id, identifier, name) VALUES ($1, 'v-main', '{"fi":"Näkymä"}') RETURNING id`,
      [modelId],
    );
    await db.query(
      `INSERT INTO view_node (view_id, identifier, kind, element_id, x, y, width, height, sort_order)
       VALUES ($1, 'n-app', 'element', $2, 10, 10, 120, 55, 0)`,
      [viewId, elementId],
    );
  });
  afterAll(async () => {
    await other?.destroy();
    await db?.destroy();
  });

  it('sees one state in all its queries, although an edit is saved between them', async () => {
    // The colleague's transaction holds view_node until its edit is saved, so the export has
    // read the elements before the edit and must wait for it before reading the nodes.
    const colleague = other.createQueryRunner();
    await colleague.connect();
    await colleague.startTransaction();
    await colleague.query('LOCK TABLE view_node IN ACCESS EXCLUSIVE MODE');
    const exported = new ExportService(db).read(modelId);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const waiting = await other.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database()
            AND wait_event_type = 'Lock' AND query LIKE '%FROM view_node%'`,
      );
      if (waiting.length) break;
      if (Date.now() > deadline) throw new Error('the export never reached the view nodes');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await colleague.query(
      `UPDATE element SET identifier = 'e-renamed' WHERE model_id = $1 AND identifier = 'e-app'`,
      [modelId],
    );
    await colleague.commitTransaction();
    await colleague.release();

    const doc = await exported;
    expect(doc.elements.map((e) => e.id)).toEqual(['e-app']);
    expect(doc.views[0].nodes.map((n) => n.elementId)).toEqual(['e-app']);
    // The next export sees the edit everywhere.
    const after = await new ExportService(db).read(modelId);
    expect(after.elements.map((e) => e.id)).toEqual(['e-renamed']);
    expect(after.views[0].nodes.map((n) => n.elementId)).toEqual(['e-renamed']);
  });
});
