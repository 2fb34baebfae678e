import { buildDemoData } from '../../tools/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';
import { PORTFOLIO, Session } from './portfolio-support';

describe('the demo region’s portfolio', () => {
  let t: TestApp;
  let user: Session;
  let modelId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const demo = buildDemoData().users.find((u) => u.email === 'arkkitehti@pohjois-karjala.fi')!;
    user = new Session(t.url);
    await user.signIn(demo.email, demo.password);
    [{ id: modelId }] = await t.db.query(`SELECT id FROM model WHERE identifier LIKE '%pohjois-karjala-nykytila%' OR name->>'fi' ILIKE '%pohjois-karjala%nykytila%' LIMIT 1`);
  });
  afterAll(() => t.close());

  it('is populated through the well-known definitions, with derived interfaces and a few legal findings', async () => {
    const { portfolio } = await user.ok(PORTFOLIO, { m: modelId, f: { specialization: 'Tietojärjestelmä' } });
    for (const row of portfolio.rows)
      expect(['Suunnitteilla', 'Kehityksessä', 'Tuotannossa', 'Poistumassa', 'Poistunut']).toContain(row.values.lifecycleState);
    // The region's own systems carry (nearly) the whole attribute set; national services a few.
    const own = portfolio.rows.filter((r: any) => /^PK-\d{3}$/.test(r.values.code ?? ''));
    expect(own.length).toBeGreaterThanOrEqual(15);
    for (const row of own) expect(Object.keys(row.values).length).toBeGreaterThanOrEqual(25);
    const withInterfaces = portfolio.rows.filter((r: any) => r.interfaces.length > 0);
    expect(withInterfaces.length).toBeGreaterThan(portfolio.rows.length / 2);
    const flagged = portfolio.rows.filter((r: any) => r.legalMissing.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(portfolio.rows.length);
  });
});
