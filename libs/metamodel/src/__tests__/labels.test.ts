import { ACCESS_TYPES, ELEMENT_TYPES, LAYERS, RELATIONSHIP_TYPES } from '../concepts';
import {
  LANGS,
  accessTypeLabel,
  aspectLabel,
  elementTypeLabel,
  isLang,
  layerLabel,
  relationshipTypeLabel,
  textIn,
} from '../labels';

describe('labels', () => {
  it('names every element type in Finnish, Swedish and English, each name once per language', () => {
    for (const lang of LANGS) {
      const names = ELEMENT_TYPES.map((t) => elementTypeLabel(t, lang));
      expect(names.every((n) => n.trim().length > 0)).toBe(true);
      expect(new Set(names).size).toBe(ELEMENT_TYPES.length);
    }
  });

  it('uses the established Finnish terms', () => {
    expect(elementTypeLabel('ApplicationComponent', 'fi')).toBe('Sovelluskomponentti');
    expect(elementTypeLabel('BusinessActor', 'fi')).toBe('Toimija');
    expect(elementTypeLabel('BusinessRole', 'fi')).toBe('Rooli');
    expect(elementTypeLabel('DataObject', 'fi')).toBe('Tieto-objekti');
    expect(elementTypeLabel('Capability', 'fi')).toBe('Kyvykkyys');
    expect(elementTypeLabel('Capability', 'sv')).toBe('Förmåga');
    expect(elementTypeLabel('ApplicationComponent', 'en')).toBe('Application Component');
  });

  it('names the table concepts that are not element types', () => {
    expect(elementTypeLabel('Junction', 'fi')).toBe('Liitos');
    expect(elementTypeLabel('Relationship', 'en')).toBe('Relationship');
  });

  it('names every relationship type, layer, and access type in every language', () => {
    for (const lang of LANGS) {
      const rel = RELATIONSHIP_TYPES.map((t) => relationshipTypeLabel(t, lang));
      expect(new Set(rel).size).toBe(RELATIONSHIP_TYPES.length);
      expect(rel).not.toContain('');
      const layers = LAYERS.map((layer) => layerLabel(layer, lang));
      expect(new Set(layers).size).toBe(LAYERS.length);
      expect(ACCESS_TYPES.every((a) => accessTypeLabel(a, lang).length > 0)).toBe(true);
    }
    expect(relationshipTypeLabel('Serving', 'fi')).toBe('Palvelusuhde');
    expect(layerLabel('application', 'fi')).toBe('Sovellukset');
    expect(aspectLabel('passive-structure', 'sv')).toBe('Passiv struktur');
  });

  it('shows names it does not know as they are, and not inherited object keys', () => {
    expect(elementTypeLabel('FutureThing', 'fi')).toBe('FutureThing');
    expect(elementTypeLabel('toString', 'fi')).toBe('toString');
    expect(relationshipTypeLabel('constructor', 'sv')).toBe('constructor');
    expect(layerLabel('hasOwnProperty', 'en')).toBe('hasOwnProperty');
  });

  it('recognises the three user languages only', () => {
    expect(LANGS.every(isLang)).toBe(true);
    expect(isLang('de')).toBe(false);
  });
});

describe('textIn', () => {
  it('prefers the asked language, then Finnish, English, Swedish, language-less text', () => {
    const map = { fi: 'Asiakas', sv: 'Kund', en: 'Customer' };
    expect(textIn(map, 'sv')).toBe('Kund');
    expect(textIn({ en: 'Customer', sv: 'Kund' }, 'fi')).toBe('Customer');
    expect(textIn({ sv: 'Kund' }, 'en')).toBe('Kund');
    expect(textIn({ '': 'Nimi', de: 'Kunde' }, 'en')).toBe('Nimi');
    expect(textIn({ de: 'Kunde' }, 'fi')).toBe('Kunde');
    expect(textIn({ fi: '', en: 'Customer' }, 'fi')).toBe('Customer');
    expect(textIn({}, 'fi')).toBe('');
    expect(textIn(undefined, 'fi')).toBe('');
  });
});
