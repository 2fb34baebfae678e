import { MigrationInterface, QueryRunner } from 'typeorm';

/** Import jobs: long imports run in the background and report progress. */
export class ImportJobs1763930000000 implements MigrationInterface {
  name = 'ImportJobs1763930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        model_id uuid REFERENCES model(id) ON DELETE SET NULL,
        created_by uuid REFERENCES app_user(id),
        mode text NOT NULL CHECK (mode IN ('preview', 'apply')),
        format text NOT NULL CHECK (format IN ('exchange', 'csv')),
        file_name text,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','succeeded','failed')),
        phase text,
        done integer NOT NULL DEFAULT 0,
        total integer NOT NULL DEFAULT 0,
        preview jsonb,
        summary jsonb,
        error jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );
      CREATE INDEX import_job_model_idx ON import_job (model_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE import_job');
  }
}
