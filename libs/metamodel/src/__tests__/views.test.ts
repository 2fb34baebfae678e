import type { ViewDoc } from '../model-document';
import { LANGS } from '../labels';
import {
  ARCHIMATE_VIEWPOINTS,
  ARCHIMATE_VIEWPOINT_NAMES,
  ECOSYSTEM_BANDS,
  LEGACY_ARCHIMATE_VIEWPOINTS,
  VIEW_KINDS,
  archimateViewpointLabel,
  ecosystemBandLabel,
  isArchimateViewpoint,
  isEcosystemBand,
  isExchangeViewpoint,
  isViewKind,
  viewKindLabel,
} from '../views';

describe('view kinds', () => {
  it('are the four kinds a view document may carry', () => {
    const kinds: NonNullable<ViewDoc['kind']>[] = [...VIEW_KINDS];
    expect(kinds).toEqual(['archimate', 'ecosystem', 'process', 'portfolio']);
    expect(VIEW_KINDS.every(isViewKind)).toBe(true);
    expect(isViewKind('matrix')).toBe(false);
  });

  it('are labelled in every language', () => {
    expect(viewKindLabel('ecosystem', 'fi')).toBe('Ekosysteemikuvaus');
    expect(viewKindLabel('portfolio', 'fi')).toBe('Tietojärjestelmäsalkku');
    for (const lang of LANGS) {
      expect(new Set(VIEW_KINDS.map((k) => viewKindLabel(k, lang))).size).toBe(VIEW_KINDS.length);
    }
  });
});

describe('ArchiMate viewpoints', () => {
  it('lists the 25 viewpoints of ArchiMate 3.2 once each', () => {
    expect(ARCHIMATE_VIEWPOINTS).toHaveLength(25);
    expect(new Set(ARCHIMATE_VIEWPOINT_NAMES).size).toBe(25);
    expect(ARCHIMATE_VIEWPOINT_NAMES).toContain('Application Cooperation');
    expect(ARCHIMATE_VIEWPOINT_NAMES).toContain('Capability Map');
    expect(ARCHIMATE_VIEWPOINT_NAMES).toContain('Implementation and Migration');
  });

  it('accepts the older names the exchange schema allows without offering them', () => {
    for (const v of LEGACY_ARCHIMATE_VIEWPOINTS) {
      expect(isExchangeViewpoint(v.name)).toBe(true);
      expect(isArchimateViewpoint(v.name)).toBe(false);
    }
    expect(isArchimateViewpoint('Layered')).toBe(true);
    expect(isExchangeViewpoint('Layered')).toBe(true);
    expect(isExchangeViewpoint('Business Process Co-operation')).toBe(false);
  });

  it('labels viewpoints, keeping unknown names as they are', () => {
    expect(archimateViewpointLabel('Layered', 'fi')).toBe('Kerrosnäkymä');
    expect(archimateViewpointLabel('Layered', 'en')).toBe('Layered');
    expect(archimateViewpointLabel('Actor Co-operation', 'fi')).toBe('Actor Co-operation');
    for (const lang of LANGS) {
      const labels = ARCHIMATE_VIEWPOINTS.map((v) => archimateViewpointLabel(v.name, lang));
      expect(new Set(labels).size).toBe(ARCHIMATE_VIEWPOINTS.length);
    }
  });
});

describe('ecosystem bands', () => {
  it('run from the service layers down to the shared core', () => {
    expect(ECOSYSTEM_BANDS).toEqual([
      'service-public',
      'service-private',
      'service-third-sector',
      'service-own-data',
      'data',
      'service-bus',
      'core',
    ]);
    expect(ECOSYSTEM_BANDS.every(isEcosystemBand)).toBe(true);
    expect(isEcosystemBand('cloud')).toBe(false);
  });

  it('are labelled in every language', () => {
    expect(ecosystemBandLabel('service-public', 'fi')).toBe('Julkiset palvelut');
    expect(ecosystemBandLabel('service-bus', 'fi')).toBe('Kansallinen palveluväylä (KaPA)');
    expect(ecosystemBandLabel('core', 'fi')).toBe('Tieto- ja järjestelmäydin');
    for (const lang of LANGS) {
      const labels = ECOSYSTEM_BANDS.map((b) => ecosystemBandLabel(b, lang));
      expect(new Set(labels).size).toBe(ECOSYSTEM_BANDS.length);
    }
  });
});
