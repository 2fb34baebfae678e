/**
 * The horizontal bands of the layered service ecosystem (kerroksellinen palveluekosysteemi),
 * top to bottom as the ecosystem view draws them. Elements name their band with the
 * property "ekosysteemikerros".
 */
export const ECOSYSTEM_BANDS = [
  'service-public',
  'service-private',
  'service-third-sector',
  'service-own-data',
  'data',
  'service-bus',
  'core',
] as const;
export type EcosystemBand = (typeof ECOSYSTEM_BANDS)[number];

export const ECOSYSTEM_BAND_PROPERTY = {
  key: 'ekosysteemikerros',
  name: { fi: 'ekosysteemikerros', sv: 'ekosystemskikt', en: 'ecosystem layer' },
} as const;

const bandSet: ReadonlySet<string> = new Set(ECOSYSTEM_BANDS);

export function isEcosystemBand(value: string): value is EcosystemBand {
  return bandSet.has(value);
}

/**
 * Element types the ecosystem view places in a band even without the property (by a default
 * per type). Demo elements of these types always name their band explicitly, so the picture
 * shows what the architect meant rather than a fallback.
 */
export const ECOSYSTEM_DRAWN_TYPES: readonly string[] = [
  'BusinessActor',
  'BusinessCollaboration',
  'BusinessInterface',
  'BusinessService',
  'Product',
  'BusinessObject',
  'Contract',
  'Representation',
  'DataObject',
  'Artifact',
  'SystemSoftware',
  'CommunicationNetwork',
  'TechnologyService',
  'TechnologyInterface',
  'Node',
  'Path',
  'ApplicationInterface',
  'ApplicationComponent',
  'ApplicationCollaboration',
  'ApplicationService',
];
