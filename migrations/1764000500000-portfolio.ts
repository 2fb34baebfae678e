import { MigrationInterface, QueryRunner } from 'typeorm';

/** System portfolio: per-organisation controlled value lists and per-user saved filters. */
export class Portfolio1764000500000 implements MigrationInterface {
  name = 'Portfolio1764000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE portfolio_value_list (
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        list_key text NOT NULL CHECK (list_key ~ '^[A-Za-z][A-Za-z0-9]*$'),
        entries jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user(id),
        PRIMARY KEY (organization_id, list_key)
      );

      CREATE TABLE portfolio_saved_filter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        model_id uuid REFERENCES model(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        settings jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, model_id, name)
      );
      CREATE INDEX portfolio_saved_filter_user_idx ON portfolio_saved_filter (user_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE portfolio_saved_filter, portfolio_value_list');
  }
}
