// Generates a large model straight in SQL: N elements and M relationships in one organisation.
import { hashPassword } from './password.mjs';
import { COMMON_ELEMENT_TYPES as TYPES, FINNISH_WORDS as WORDS } from './vocabulary.mjs';


export async function generateModel(db, { elements, relationships }) {
  const [org] = await db.query(
    `INSERT INTO organization (slug, kind, name) VALUES ('bench', 'region', '{"fi":"Bench"}') RETURNING id`,
  );
  const [user] = await db.query(
    `INSERT INTO app_user (email, display_name, password_hash) VALUES ('bench@kartasto.fi', 'Bench', $1) RETURNING id`,
    [await hashPassword('bench-password')],
  );
  await db.query(
    `INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $2, 'editor')`,
    [user.id, org.id],
  );
  const [model] = await db.query(
    `INSERT INTO model (organization_id, name, kind, state) VALUES ($1, '{"fi":"Suuri malli"}', 'enterprise', 'current') RETURNING id`,
    [org.id],
  );
  await db.query(
    `INSERT INTO element (model_id, identifier, type, name, documentation)
     SELECT $1, 'e' || i, ($2::text[])[1 + i % 5],
            jsonb_build_object('fi', ($3::text[])[1 + i % 12] || 'järjestelmä ' || i, 'en', 'System ' || i),
            jsonb_build_object('fi', 'Kuvaus ' || ($3::text[])[1 + (i / 7) % 12] || ' ' || i)
       FROM generate_series(1, $4) i`,
    [model.id, TYPES, WORDS, elements],
  );
  // Association is allowed between any two elements, so random pairs are always valid.
  await db.query(
    `WITH ids AS (SELECT array_agg(id ORDER BY identifier) a FROM element WHERE model_id = $1)
     INSERT INTO relationship (model_id, identifier, type, source_element_id, target_element_id, is_directed)
     SELECT $1, 'r' || i, 'Association', a[1 + ((i::bigint * 7919) % $3)::int], a[1 + ((i::bigint * 104729 + 13) % $3)::int], false
       FROM ids, generate_series(1, $2) i`,
    [model.id, relationships, elements],
  );
  await db.query('ANALYZE');
  const ids = (await db.query(`SELECT id FROM element WHERE model_id = $1`, [model.id])).map(
    (r) => r.id,
  );
  return {
    modelId: model.id,
    elementIds: ids,
    email: 'bench@kartasto.fi',
    password: 'bench-password',
    words: WORDS,
  };
}
