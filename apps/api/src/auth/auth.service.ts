import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error';
import type { Role, SessionUser } from '../common/request-context';
import { hashPassword, verifyPassword } from './password';

export const SESSION_COOKIE = 'kartasto_session';
const CACHE_MS = 5_000;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Local accounts and cookie sessions. Only a hash of the session token is stored. */
@Injectable()
export class AuthService {
  /** A few seconds of memory so that every request does not reread its session. */
  private readonly cache = new Map<string, { user: SessionUser | null; until: number }>();
  sessionTtlSeconds = 12 * 3600;
  private readonly dummyHash = hashPassword(randomBytes(16).toString('hex'));

  constructor(private readonly db: DataSource) {}

  async signIn(email: string, password: string): Promise<{ token: string; user: SessionUser }> {
    const rows: { id: string; password_hash: string }[] = await this.db.query(
      'SELECT id, password_hash FROM app_user WHERE lower(email) = lower($1)',
      [email.trim()],
    );
    // Verify against a fixed hash when the account is missing so timing does not reveal it.
    const ok =
      rows.length === 1
        ? await verifyPassword(rows[0].password_hash, password)
        : await verifyPassword(await this.dummyHash, password).then(() => false);
    if (!ok)
      throw new DomainError('INVALID_CREDENTIALS', 'The e-mail address or password is wrong.');
    const token = randomBytes(32).toString('base64url');
    await this.db.query(
      `INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`,
      [tokenHash(token), rows[0].id, this.sessionTtlSeconds],
    );
    const user = await this.loadUser(rows[0].id);
    return { token, user: user! };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (!token) return;
    const h = tokenHash(token);
    this.cache.delete(h);
    await this.db.query('DELETE FROM user_session WHERE token_hash = $1', [h]);
  }

  async userForToken(token: string | undefined): Promise<SessionUser | null> {
    if (!token) return null;
    const h = tokenHash(token);
    const now = Date.now();
    const cached = this.cache.get(h);
    if (cached && cached.until > now) return cached.user;
    const rows: { user_id: string }[] = await this.db.query(
      'SELECT user_id FROM user_session WHERE token_hash = $1 AND expires_at > now()',
      [h],
    );
    const user = rows.length ? await this.loadUser(rows[0].user_id) : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(h, { user, until: now + CACHE_MS });
    return user;
  }

  /** Forget cached sessions, e.g. after a membership changed. */
  invalidate(): void {
    this.cache.clear();
  }

  private async loadUser(id: string): Promise<SessionUser | null> {
    const rows: {
      id: string;
      email: string;
      display_name: string;
      organization_id: string | null;
      role: Role | null;
    }[] = await this.db.query(
      `SELECT u.id, u.email, u.display_name, m.organization_id, m.role
           FROM app_user u LEFT JOIN membership m ON m.user_id = u.id WHERE u.id = $1`,
      [id],
    );
    if (!rows.length) return null;
    const memberships = new Map<string, Role>();
    for (const r of rows)
      if (r.organization_id && r.role) memberships.set(r.organization_id, r.role);
    return { id: rows[0].id, email: rows[0].email, displayName: rows[0].display_name, memberships };
  }
}
