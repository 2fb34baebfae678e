import { ELEMENT_TYPES, isElementType } from '../concepts';
import { LANGS } from '../labels';
import {
  FRAMEWORK_CELLS,
  FRAMEWORK_LEVELS,
  FRAMEWORK_VIEWPOINTS,
  JHS_SPECIALIZATIONS,
  elementTypesForViewpoint,
  findSpecialization,
  frameworkCellId,
  frameworkCellLabel,
  frameworkLevelLabel,
  frameworkViewpointLabel,
  isFrameworkLevel,
  isFrameworkViewpoint,
  isSpecializationAllowed,
  parseFrameworkCellId,
  specializationLabel,
  specializationsFor,
  viewpointsForElementType,
} from '../jhs179';

describe('JHS 179 framework grid', () => {
  it('has the principle level, four viewpoints with three levels each, and implementation', () => {
    expect(FRAMEWORK_VIEWPOINTS.map((v) => v.id)).toEqual([
      'principles',
      'business',
      'information',
      'information-systems',
      'technology',
      'implementation',
    ]);
    expect(FRAMEWORK_LEVELS.map((l) => l.id)).toEqual(['conceptual', 'logical', 'physical']);
    expect(FRAMEWORK_CELLS).toHaveLength(2 + 4 * 3);
    expect(FRAMEWORK_CELLS.map((c) => c.id)).toContain('information-systems/logical');
    expect(new Set(FRAMEWORK_CELLS.map((c) => c.id)).size).toBe(FRAMEWORK_CELLS.length);
  });

  it('reads back every cell id it writes and nothing else', () => {
    for (const cell of FRAMEWORK_CELLS) {
      expect(parseFrameworkCellId(frameworkCellId(cell.viewpoint, cell.level))).toEqual(cell);
    }
    expect(parseFrameworkCellId('principles/logical')).toBeUndefined();
    expect(parseFrameworkCellId('business')).toBeUndefined();
    expect(parseFrameworkCellId('')).toBeUndefined();
  });

  it('labels viewpoints, levels and cells in Finnish, Swedish and English', () => {
    expect(frameworkViewpointLabel('principles', 'fi')).toBe('Periaatteellinen taso');
    expect(frameworkViewpointLabel('business', 'fi')).toBe('Toiminta-arkkitehtuuri');
    expect(frameworkViewpointLabel('information', 'fi')).toBe('Tietoarkkitehtuuri');
    expect(frameworkViewpointLabel('information-systems', 'fi')).toBe(
      'Tietojärjestelmäarkkitehtuuri',
    );
    expect(frameworkViewpointLabel('technology', 'fi')).toBe('Teknologia-arkkitehtuuri');
    expect(frameworkViewpointLabel('implementation', 'fi')).toBe('Toimeenpano');
    expect(frameworkLevelLabel('conceptual', 'fi')).toBe('Käsitteellinen taso');
    expect(frameworkCellLabel('business/conceptual', 'fi')).toBe(
      'Toiminta-arkkitehtuuri – käsitteellinen taso',
    );
    expect(frameworkCellLabel('technology/physical', 'en')).toBe(
      'Technology architecture – Physical level',
    );
    expect(frameworkCellLabel('principles', 'sv')).toBe('Principnivå');
    expect(frameworkCellLabel('nowhere', 'fi')).toBe('nowhere');
    for (const lang of LANGS) {
      const labels = FRAMEWORK_CELLS.map((c) => frameworkCellLabel(c.id, lang));
      expect(new Set(labels).size).toBe(FRAMEWORK_CELLS.length);
    }
  });

  it('guards viewpoint and level ids', () => {
    expect(isFrameworkViewpoint('information-systems')).toBe(true);
    expect(isFrameworkViewpoint('physical')).toBe(false);
    expect(isFrameworkLevel('logical')).toBe(true);
    expect(isFrameworkLevel('business')).toBe(false);
  });

  it('offers real element types in every viewpoint and every element type somewhere', () => {
    for (const v of FRAMEWORK_VIEWPOINTS) {
      expect(v.elementTypes.every(isElementType)).toBe(true);
      expect(new Set(v.elementTypes).size).toBe(v.elementTypes.length);
    }
    for (const type of ELEMENT_TYPES) {
      expect({ type, viewpoints: viewpointsForElementType(type).length > 0 }).toEqual({
        type,
        viewpoints: true,
      });
    }
  });

  it('puts each kind of element where an architect would look for it', () => {
    expect(elementTypesForViewpoint('principles')).toContain('Principle');
    expect(elementTypesForViewpoint('business')).toContain('BusinessProcess');
    expect(elementTypesForViewpoint('information')).toContain('DataObject');
    expect(elementTypesForViewpoint('information-systems')).toContain('ApplicationComponent');
    expect(elementTypesForViewpoint('technology')).toContain('Node');
    expect(elementTypesForViewpoint('implementation')).toContain('WorkPackage');
    expect(elementTypesForViewpoint('technology')).not.toContain('BusinessService');
    expect(elementTypesForViewpoint('unknown')).toEqual([]);
    expect(viewpointsForElementType('ApplicationComponent')).toContain('information-systems');
  });
});

describe('JHS specializations', () => {
  const required: [string, string[]][] = [
    ['Tietojärjestelmä', ['ApplicationComponent']],
    ['Tietojärjestelmäpalvelu', ['ApplicationService']],
    ['Tietovaranto', ['DataObject', 'BusinessObject']],
    ['Palvelu', ['BusinessService']],
    ['Prosessi', ['BusinessProcess']],
    ['Toimija', ['BusinessActor']],
    ['Rooli', ['BusinessRole']],
    ['Periaate', ['Principle']],
    ['Linjaus', ['Requirement', 'Constraint']],
    ['Kyvykkyys', ['Capability']],
    ['Hanke', ['WorkPackage']],
    ['Rajapinta', ['ApplicationInterface']],
    ['Palveluväylä', ['SystemSoftware', 'CommunicationNetwork']],
  ];

  it.each(required)('%s refines exactly %j', (name, types) => {
    const found = findSpecialization(name);
    expect(found?.name).toBe(name);
    expect([...(found?.types ?? [])].sort()).toEqual([...types].sort());
    for (const type of ELEMENT_TYPES) {
      expect(isSpecializationAllowed(name, type)).toBe(types.includes(type));
    }
  });

  it('has unique ids and names, three labels each, and real base types', () => {
    expect(new Set(JHS_SPECIALIZATIONS.map((s) => s.id)).size).toBe(JHS_SPECIALIZATIONS.length);
    expect(new Set(JHS_SPECIALIZATIONS.map((s) => s.name)).size).toBe(JHS_SPECIALIZATIONS.length);
    for (const s of JHS_SPECIALIZATIONS) {
      expect(s.types.length).toBeGreaterThan(0);
      expect(s.types.every(isElementType)).toBe(true);
      expect(LANGS.every((lang) => s.labels[lang].length > 0)).toBe(true);
      expect(s.name).toBe(s.labels.fi);
    }
  });

  it('lists the specializations an element type can take', () => {
    const forSystems = specializationsFor('ApplicationComponent').map((s) => s.name);
    expect(forSystems).toContain('Tietojärjestelmä');
    expect(forSystems).not.toContain('Tietovaranto');
    expect(specializationsFor('DataObject').map((s) => s.name)).toContain('Tietovaranto');
    expect(specializationsFor('Constraint').map((s) => s.name)).toEqual(['Linjaus']);
    expect(specializationsFor('Path')).toEqual([]);
  });

  it('finds a specialization by id, Finnish name or Swedish/English label in any case', () => {
    expect(findSpecialization('tietojarjestelma')?.name).toBe('Tietojärjestelmä');
    expect(findSpecialization('  TIETOJÄRJESTELMÄ ')?.name).toBe('Tietojärjestelmä');
    expect(findSpecialization('Informationssystem')?.name).toBe('Tietojärjestelmä');
    expect(findSpecialization('information system')?.name).toBe('Tietojärjestelmä');
    expect(isSpecializationAllowed('Policy', 'Constraint')).toBe(true);
    expect(isSpecializationAllowed('Kanta-palvelu', 'ApplicationComponent')).toBe(false);
    expect(specializationLabel('Tietojärjestelmä', 'sv')).toBe('Informationssystem');
    expect(specializationLabel('Oma profiili', 'en')).toBe('Oma profiili');
  });
});
