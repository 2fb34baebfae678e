import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { buildDemoData } from '../../../../tools/demo-data';
import { hashPassword } from '../auth/password';
import { writeModelDocument } from '../exchange/model-document.writer';
import { insertView } from '../views/view-writer';
import { generateEcosystemView, generatePortfolioView } from '@kartasto/diagram';
import type { ModelDocument, ViewDoc } from '@kartasto/metamodel';
import ELK from 'elkjs/lib/elk.bundled.js';

export interface SeedResult {
  seeded: boolean;
  users: { email: string; password: string; memberships: string }[];
}

/**
 * Fills an empty database with the demo organisations, users and models (from the seed
 * documents). Does nothing when any organisation exists, so a restart never duplicates.
 */
export async function seedDemoData(db: DataSource): Promise<SeedResult> {
  const demo = buildDemoData();
  const users = demo.users.map((u) => ({
    email: u.email,
    password: u.password,
    memberships: u.memberships.map((m) => `${m.role} in ${m.organizationSlug}`).join(', '),
  }));
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM organization');
  if (count > 0) return { seeded: false, users };
  const log = new Logger('Demo');
  await db.transaction(async (em) => {
    const orgIds = new Map<string, string>();
    for (const o of demo.organizations) {
      const [row] = await em.query(
        'INSERT INTO organization (slug, kind, name) VALUES ($1,$2,$3) RETURNING id',
        [o.slug, o.kind, o.name],
      );
      orgIds.set(o.slug, row.id);
    }
    let firstUser: string | null = null;
    for (const u of demo.users) {
      const [row] = await em.query(
        'INSERT INTO app_user (email, display_name, password_hash) VALUES ($1,$2,$3) RETURNING id',
        [u.email, u.displayName, await hashPassword(u.password)],
      );
      firstUser ??= row.id;
      for (const m of u.memberships)
        await em.query(
          'INSERT INTO membership (user_id, organization_id, role) VALUES ($1,$2,$3)',
          [row.id, orgIds.get(m.organizationSlug), m.role],
        );
    }
    const modelIds = new Map<string, string>();
    for (const m of demo.models) {
      const doc = m.document;
      const [row] = await em.query(
        `INSERT INTO model (organization_id, identifier, name, documentation, kind, state, visibility, based_on_id)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
        [
          orgIds.get(m.organizationSlug),
          doc.id ?? m.key,
          doc.name,
          doc.documentation,
          m.kind,
          m.state,
          m.visibility,
          m.basedOnKey ? modelIds.get(m.basedOnKey) : null,
        ],
      );
      modelIds.set(m.key, row.id);
      let referenceIds: Map<string, string> | undefined;
      if (m.basedOnKey) {
        const refs: { identifier: string; id: string }[] = await em.query(
          'SELECT identifier, id FROM element WHERE model_id = $1',
          [modelIds.get(m.basedOnKey)],
        );
        referenceIds = new Map(refs.map((r) => [r.identifier, r.id]));
      }
      const summary = await writeModelDocument(em, doc, {
        modelId: row.id,
        userId: firstUser,
        referenceIds,
      });
      for (const view of await demoViews(m.kind, doc))
        await insertView(em, row.id, view, firstUser);
      log.log(
        `${doc.name.fi ?? m.key}: ${summary.elements} elements, ${summary.relationships} relationships`,
      );
    }
  });
  return { seeded: true, users };
}

/** The generated views the demo starts with: the reference ecosystem and each region's portfolio. */
async function demoViews(kind: string, doc: ModelDocument): Promise<ViewDoc[]> {
  const engine = new ELK();
  if (kind === 'reference')
    return [
      await generateEcosystemView(doc, {
        id: 'demo-ecosystem',
        name: { fi: 'Palveluekosysteemi', sv: 'Tjänsteekosystem', en: 'Service ecosystem' },
        engine,
      }),
    ];
  return [
    await generatePortfolioView(doc, {
      id: 'demo-portfolio',
      name: { fi: 'Järjestelmäsalkku elinkaaren mukaan', en: 'System portfolio by lifecycle' },
      groupBy: 'domain',
      colorBy: 'Elinkaaren tila',
      engine,
    }),
  ];
}
