import type { DataSource } from 'typeorm';
import { hashPassword } from '../../apps/api/src/auth/password';

export const PASSWORD = 'salasana-123';

/** An organisation with users in the given roles and one model; returns their ids. */
export async function createTenant(
  db: DataSource,
  slug: string,
  users: { email: string; role: 'viewer' | 'editor' | 'reviewer' | 'admin' }[],
  model: { visibility?: 'private' | 'network' | 'public'; name?: string } = {},
): Promise<{ organizationId: string; modelId: string; userIds: string[] }> {
  const [org] = await db.query(`INSERT INTO organization (slug, kind, name) VALUES ($1, 'region', $2) RETURNING id`, [
    slug,
    { fi: slug },
  ]);
  const hash = await hashPassword(PASSWORD);
  const userIds: string[] = [];
  for (const u of users) {
    const [row] = await db.query(
      'INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $1, $2) RETURNING id',
      [u.email, hash],
    );
    await db.query('INSERT INTO membership (user_id, organization_id, role) VALUES ($1,$2,$3)', [row.id, org.id, u.role]);
    userIds.push(row.id);
  }
  const [m] = await db.query(
    `INSERT INTO model (organization_id, name, kind, state, visibility) VALUES ($1, $2, 'enterprise', 'current', $3) RETURNING id`,
    [org.id, { fi: model.name ?? `${slug} nykytila` }, model.visibility ?? 'private'],
  );
  return { organizationId: org.id, modelId: m.id, userIds };
}
