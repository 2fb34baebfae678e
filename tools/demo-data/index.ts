import type { LangMap, ModelDocument } from '@kartasto/metamodel';
import { buildReferenceModel } from './reference-model';
import { buildRegionModel } from './region-models';

export {
  ECOSYSTEM_BANDS,
  ECOSYSTEM_BAND_PROPERTY,
  ECOSYSTEM_DRAWN_TYPES,
  isEcosystemBand,
} from './ecosystem-bands';
export type { EcosystemBand } from './ecosystem-bands';
export { PORTFOLIO_PROPERTIES } from './region-models';

export interface DemoOrganization {
  slug: string;
  kind: 'national' | 'region' | 'municipality' | 'agency' | 'company';
  name: LangMap;
}

export interface DemoModel {
  key: string;
  organizationSlug: string;
  kind: 'reference' | 'enterprise' | 'solution' | 'ecosystem';
  state: 'current' | 'target' | 'transition';
  visibility: 'private' | 'network' | 'public';
  basedOnKey?: string;
  document: ModelDocument;
}

export interface DemoUser {
  email: string;
  displayName: string;
  password: string;
  memberships: {
    organizationSlug: string;
    role: 'viewer' | 'editor' | 'reviewer' | 'admin';
  }[];
}

/** Every demo account shares this password; it is documented in tools/demo-data/README.md. */
export const DEMO_PASSWORD = 'kartasto-demo';

const ORGANIZATIONS: DemoOrganization[] = [
  {
    slug: 'vm',
    kind: 'national',
    name: { fi: 'Valtiovarainministeriö', sv: 'Finansministeriet', en: 'Ministry of Finance' },
  },
  {
    slug: 'pohjois-karjala',
    kind: 'region',
    name: {
      fi: 'Pohjois-Karjalan maakunta',
      sv: 'Norra Karelens landskap',
      en: 'North Karelia region',
    },
  },
  {
    slug: 'pirkanmaa',
    kind: 'region',
    name: { fi: 'Pirkanmaan maakunta', sv: 'Birkalands landskap', en: 'Pirkanmaa region' },
  },
];

const USERS: DemoUser[] = [
  {
    email: 'paaarkkitehti@vm.fi',
    displayName: 'Pääarkkitehti (VM)',
    password: DEMO_PASSWORD,
    memberships: [{ organizationSlug: 'vm', role: 'admin' }],
  },
  {
    email: 'arkkitehti@pohjois-karjala.fi',
    displayName: 'Arkkitehti (Pohjois-Karjala)',
    password: DEMO_PASSWORD,
    memberships: [{ organizationSlug: 'pohjois-karjala', role: 'editor' }],
  },
  {
    email: 'katselija@pirkanmaa.fi',
    displayName: 'Katselija (Pirkanmaa)',
    password: DEMO_PASSWORD,
    memberships: [{ organizationSlug: 'pirkanmaa', role: 'viewer' }],
  },
];

/**
 * Kartasto's demo content: the national reference architecture of the regional reform and
 * North Karelia's current and target architectures derived from it. Pure and deterministic,
 * so the seeder can run it repeatedly and get identical ids.
 */
export function buildDemoData(): {
  organizations: DemoOrganization[];
  users: DemoUser[];
  models: DemoModel[];
} {
  const models: DemoModel[] = [
    {
      key: 'maakuntien-viitearkkitehtuuri',
      organizationSlug: 'vm',
      kind: 'reference',
      state: 'target',
      visibility: 'public',
      document: buildReferenceModel(),
    },
    {
      key: 'pohjois-karjala-nykytila',
      organizationSlug: 'pohjois-karjala',
      kind: 'enterprise',
      state: 'current',
      visibility: 'private',
      basedOnKey: 'maakuntien-viitearkkitehtuuri',
      document: buildRegionModel('current'),
    },
    {
      key: 'pohjois-karjala-tavoitetila',
      organizationSlug: 'pohjois-karjala',
      kind: 'enterprise',
      state: 'target',
      visibility: 'network',
      basedOnKey: 'maakuntien-viitearkkitehtuuri',
      document: buildRegionModel('target'),
    },
  ];
  return {
    organizations: ORGANIZATIONS.map((o) => ({ ...o, name: { ...o.name } })),
    users: USERS.map((u) => ({ ...u, memberships: u.memberships.map((m) => ({ ...m })) })),
    models,
  };
}
