import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Faster bulk imports and model deletes:
 * - created_by/updated_by on the big tables become plain audit columns (like audit_event.user_id):
 *   checking the same user on every one of 150,000 imported rows cost seconds and protected nothing
 *   the audit log does not already record;
 * - every foreign key that cascades on delete gets an index (view_id is already covered by the
 *   unique keys), so deleting a large model does not scan view_node and view_connection per row.
 */
export class BulkWriteKeys1764100000000 implements MigrationInterface {
  name = 'BulkWriteKeys1764100000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['element', 'relationship', 'view', 'model']) {
      const fks: { conname: string }[] = await q.query(
        `SELECT c.conname FROM pg_constraint c
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
          WHERE c.conrelid = $1::regclass AND c.contype = 'f' AND a.attname IN ('created_by', 'updated_by')`,
        [table],
      );
      for (const fk of fks) await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${fk.conname}"`);
    }
    await q.query(`
      CREATE INDEX view_node_parent_idx ON view_node (parent_id) WHERE parent_id IS NOT NULL;
      CREATE INDEX view_node_view_ref_idx ON view_node (view_ref_id) WHERE view_ref_id IS NOT NULL;
      CREATE INDEX view_connection_source_node_idx ON view_connection (source_node_id);
      CREATE INDEX view_connection_target_node_idx ON view_connection (target_node_id);
      CREATE INDEX view_connection_source_conn_idx ON view_connection (source_connection_id) WHERE source_connection_id IS NOT NULL;
      CREATE INDEX view_connection_target_conn_idx ON view_connection (target_connection_id) WHERE target_connection_id IS NOT NULL;
      CREATE INDEX element_reference_idx ON element (reference_element_id) WHERE reference_element_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX view_node_parent_idx, view_node_view_ref_idx, view_connection_source_node_idx,
        view_connection_target_node_idx, view_connection_source_conn_idx, view_connection_target_conn_idx,
        element_reference_idx;
    `);
    for (const table of ['element', 'relationship', 'view', 'model'])
      for (const col of ['created_by', 'updated_by'])
        await q.query(`ALTER TABLE "${table}" ADD FOREIGN KEY (${col}) REFERENCES app_user(id)`);
  }
}
