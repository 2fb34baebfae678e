import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/config/kartasto-config';
import { openDatabase } from '../../apps/api/src/database/data-source';
import { seedDemoData } from '../../apps/api/src/demo/demo-seeder';

/** A fresh database in the run's PostgreSQL, migrated; returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const base = process.env.KARTASTO_TEST_PG_URL;
  if (!base) throw new Error('KARTASTO_TEST_PG_URL is not set: run through jest (global setup starts PostgreSQL).');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return base.replace(/\/[^/]*$/, `/${name}`);
}

export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  url: string;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real API over HTTP on a free port, on a fresh migrated (and by default seeded) database. */
export async function startTestApp(
  options: { seed?: boolean; webDist?: string; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const databaseUrl = await createTestDatabase();
  const db = await openDatabase(databaseUrl, 10);
  if (options.seed !== false) await seedDemoData(db);
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'error', WEB_DIST_DIR: options.webDist ?? '', ...options.env });
  const app = await createApp(config, db);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    db,
    url: `http://127.0.0.1:${port}`,
    databaseUrl,
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
}

export interface GqlResult<T = Record<string, unknown>> {
  data: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A GraphQL client with its own cookie, like one browser. */
export class GqlClient {
  private cookie = '';
  constructor(private readonly baseUrl: string) {}

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return (await res.json()) as GqlResult<T>;
  }

  /** Like request, but fails the test on any GraphQL error. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.request<T>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  async signIn(email: string, password = 'kartasto-demo') {
    return this.ok(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id email } }`, {
      e: email,
      p: password,
    });
  }
}
