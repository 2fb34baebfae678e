/**
 * View metadata vocabularies: Kartasto's view kinds, the ArchiMate viewpoint names a view may
 * declare (as the exchange format spells them), and the bands of an ecosystem view.
 */
import type { Labels, Lang } from './labels';

const l = (fi: string, sv: string, en: string): Labels => ({ fi, sv, en });

function labelIn(table: ReadonlyMap<string, { labels: Labels }>, key: string, lang: Lang): string {
  return table.get(key)?.labels[lang] ?? key;
}

// ---------------------------------------------------------------------------------------------
// View kinds

export const VIEW_KIND_DEFS = [
  { id: 'archimate', labels: l('ArchiMate-näkymä', 'ArchiMate-vy', 'ArchiMate view') },
  { id: 'ecosystem', labels: l('Ekosysteemikuvaus', 'Ekosystembeskrivning', 'Ecosystem view') },
  { id: 'process', labels: l('Prosessikuvaus', 'Processbeskrivning', 'Process view') },
  {
    id: 'portfolio',
    labels: l('Tietojärjestelmäsalkku', 'Informationssystemportfölj', 'System portfolio'),
  },
] as const satisfies readonly { id: string; labels: Labels }[];
export type ViewKind = (typeof VIEW_KIND_DEFS)[number]['id'];
export const VIEW_KINDS: readonly ViewKind[] = VIEW_KIND_DEFS.map((d) => d.id);

const viewKindById = new Map<string, { labels: Labels }>(VIEW_KIND_DEFS.map((d) => [d.id, d]));

export function isViewKind(value: string): value is ViewKind {
  return viewKindById.has(value);
}
export function viewKindLabel(kind: string, lang: Lang): string {
  return labelIn(viewKindById, kind, lang);
}

// ---------------------------------------------------------------------------------------------
// ArchiMate viewpoints

export type ArchimateViewpointCategory =
  | 'composition'
  | 'support'
  | 'cooperation'
  | 'realization'
  | 'motivation'
  | 'strategy'
  | 'implementation-migration';

export interface ArchimateViewpointDef {
  /** The name as the exchange format's `viewpoint` attribute spells it. */
  name: string;
  category: ArchimateViewpointCategory;
  labels: Labels;
}

const vp = (
  name: string,
  category: ArchimateViewpointCategory,
  fi: string,
  sv: string,
): ArchimateViewpointDef => ({ name, category, labels: l(fi, sv, name) });

/** The ArchiMate 3.2 example viewpoints (the standard's Appendix C). */
export const ARCHIMATE_VIEWPOINTS: readonly ArchimateViewpointDef[] = [
  vp('Organization', 'composition', 'Organisaatio', 'Organisation'),
  vp('Application Structure', 'composition', 'Sovellusrakenne', 'Applikationsstruktur'),
  vp('Information Structure', 'composition', 'Tietorakenne', 'Informationsstruktur'),
  vp('Technology', 'composition', 'Teknologia', 'Teknologi'),
  vp('Layered', 'composition', 'Kerrosnäkymä', 'Skiktad vy'),
  vp('Physical', 'composition', 'Fyysinen', 'Fysisk'),
  vp('Product', 'support', 'Tuote', 'Produkt'),
  vp('Application Usage', 'support', 'Sovellusten käyttö', 'Applikationsanvändning'),
  vp('Technology Usage', 'support', 'Teknologian käyttö', 'Teknologianvändning'),
  vp(
    'Business Process Cooperation',
    'cooperation',
    'Prosessien välinen vuorovaikutus',
    'Processamverkan',
  ),
  vp(
    'Application Cooperation',
    'cooperation',
    'Sovellusten välinen vuorovaikutus',
    'Applikationssamverkan',
  ),
  vp('Service Realization', 'realization', 'Palvelujen toteutus', 'Tjänsterealisering'),
  vp(
    'Implementation and Deployment',
    'realization',
    'Toteutus ja käyttöönotto',
    'Implementering och driftsättning',
  ),
  vp('Stakeholder', 'motivation', 'Sidosryhmät', 'Intressenter'),
  vp('Goal Realization', 'motivation', 'Tavoitteiden toteutuminen', 'Målrealisering'),
  vp('Requirements Realization', 'motivation', 'Vaatimusten toteutus', 'Kravrealisering'),
  vp('Motivation', 'motivation', 'Motivaatio', 'Motivation'),
  vp('Strategy', 'strategy', 'Strategia', 'Strategi'),
  vp('Capability Map', 'strategy', 'Kyvykkyyskartta', 'Förmågekarta'),
  vp('Value Stream', 'strategy', 'Arvovirta', 'Värdeström'),
  vp('Outcome Realization', 'strategy', 'Tulosten toteutuminen', 'Utfallsrealisering'),
  vp('Resource Map', 'strategy', 'Resurssikartta', 'Resurskarta'),
  vp('Project', 'implementation-migration', 'Projekti', 'Projekt'),
  vp('Migration', 'implementation-migration', 'Siirtymä', 'Migrering'),
  vp(
    'Implementation and Migration',
    'implementation-migration',
    'Toteutus ja siirtymä',
    'Implementering och migrering',
  ),
];
export const ARCHIMATE_VIEWPOINT_NAMES: readonly string[] = ARCHIMATE_VIEWPOINTS.map((v) => v.name);

/**
 * Names the exchange format's schema still accepts from ArchiMate 3.0/3.1 that 3.2 dropped;
 * Kartasto keeps them on imported views but does not offer them for new ones.
 */
export const LEGACY_ARCHIMATE_VIEWPOINTS: readonly ArchimateViewpointDef[] = [
  vp('Application Platform', 'composition', 'Sovellusalusta', 'Applikationsplattform'),
  vp('Goal Contribution', 'motivation', 'Tavoitteisiin vaikuttaminen', 'Målbidrag'),
  vp('Principles', 'motivation', 'Periaatteet', 'Principer'),
];

const viewpointByName = new Map<string, ArchimateViewpointDef>(
  [...ARCHIMATE_VIEWPOINTS, ...LEGACY_ARCHIMATE_VIEWPOINTS].map((v) => [v.name, v]),
);
const currentViewpoints = new Set(ARCHIMATE_VIEWPOINT_NAMES);

/** Whether the name is an ArchiMate 3.2 viewpoint. */
export function isArchimateViewpoint(name: string): boolean {
  return currentViewpoints.has(name);
}
/** Whether the exchange format's schema accepts the name (3.2 or an older viewpoint). */
export function isExchangeViewpoint(name: string): boolean {
  return viewpointByName.has(name);
}
/** Label of a viewpoint; names Kartasto does not know (e.g. from older files) as given. */
export function archimateViewpointLabel(name: string, lang: Lang): string {
  return labelIn(viewpointByName, name, lang);
}

// ---------------------------------------------------------------------------------------------
// Ecosystem bands

/** Horizontal bands of an ecosystem view, top to bottom. */
export const ECOSYSTEM_BAND_DEFS = [
  {
    id: 'service-public',
    labels: l('Julkiset palvelut', 'Offentliga tjänster', 'Public services'),
  },
  {
    id: 'service-private',
    labels: l('Yksityiset palvelut', 'Privata tjänster', 'Private services'),
  },
  {
    id: 'service-third-sector',
    labels: l('Kolmannen sektorin palvelut', 'Tredje sektorns tjänster', 'Third-sector services'),
  },
  {
    id: 'service-own-data',
    labels: l(
      'Asiakkaan omadatapalvelut',
      'Kundens egna datatjänster',
      "Customer's own-data services",
    ),
  },
  {
    id: 'data',
    labels: l('Tieto- ja datakerros', 'Informations- och dataskikt', 'Information and data layer'),
  },
  {
    id: 'service-bus',
    labels: l(
      'Kansallinen palveluväylä (KaPA)',
      'Nationella informationsleden (KaPA)',
      'National service bus (KaPA)',
    ),
  },
  {
    id: 'core',
    labels: l(
      'Tieto- ja järjestelmäydin',
      'Informations- och systemkärna',
      'Shared information and system core',
    ),
  },
] as const satisfies readonly { id: string; labels: Labels }[];
export type EcosystemBand = (typeof ECOSYSTEM_BAND_DEFS)[number]['id'];
export const ECOSYSTEM_BANDS: readonly EcosystemBand[] = ECOSYSTEM_BAND_DEFS.map((d) => d.id);

const bandById = new Map<string, { labels: Labels }>(ECOSYSTEM_BAND_DEFS.map((d) => [d.id, d]));

export function isEcosystemBand(value: string): value is EcosystemBand {
  return bandById.has(value);
}
export function ecosystemBandLabel(band: string, lang: Lang): string {
  return labelIn(bandById, band, lang);
}
