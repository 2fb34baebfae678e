/**
 * The JHS 179 description framework as Kartasto classifies views and offers element pickers:
 * the principle level, four architecture viewpoints split into conceptual / logical / physical
 * levels, and implementation (toimeenpano). Also the JHS specializations (profiles) an architect
 * can put on an element, with the ArchiMate types they refine.
 */
import { ElementType } from './concepts';
import type { Labels, Lang } from './labels';

const l = (fi: string, sv: string, en: string): Labels => ({ fi, sv, en });

// Junctions combine relationships in any kind of view, so every picker offers them.
const junctions = ['AndJunction', 'OrJunction'] as const satisfies readonly ElementType[];

export const FRAMEWORK_LEVELS = [
  { id: 'conceptual', labels: l('Käsitteellinen taso', 'Konceptuell nivå', 'Conceptual level') },
  { id: 'logical', labels: l('Looginen taso', 'Logisk nivå', 'Logical level') },
  { id: 'physical', labels: l('Fyysinen taso', 'Fysisk nivå', 'Physical level') },
] as const satisfies readonly { id: string; labels: Labels }[];
export type FrameworkLevelId = (typeof FRAMEWORK_LEVELS)[number]['id'];

export interface FrameworkViewpoint {
  id: string;
  labels: Labels;
  /** Whether the viewpoint is split into conceptual / logical / physical levels. */
  hasLevels: boolean;
  /** Element types that belong in this viewpoint's descriptions, for pickers. */
  elementTypes: readonly ElementType[];
}

export const FRAMEWORK_VIEWPOINTS = [
  {
    id: 'principles',
    labels: l('Periaatteellinen taso', 'Principnivå', 'Principles'),
    hasLevels: false,
    elementTypes: [
      'Stakeholder',
      'Driver',
      'Assessment',
      'Goal',
      'Outcome',
      'Principle',
      'Requirement',
      'Constraint',
      'Meaning',
      'Value',
      'Capability',
      'Resource',
      'ValueStream',
      'CourseOfAction',
      'Grouping',
      ...junctions,
    ],
  },
  {
    id: 'business',
    labels: l('Toiminta-arkkitehtuuri', 'Verksamhetsarkitektur', 'Business architecture'),
    hasLevels: true,
    elementTypes: [
      'BusinessActor',
      'BusinessRole',
      'BusinessCollaboration',
      'BusinessInterface',
      'BusinessProcess',
      'BusinessFunction',
      'BusinessInteraction',
      'BusinessEvent',
      'BusinessService',
      'BusinessObject',
      'Contract',
      'Representation',
      'Product',
      'Stakeholder',
      'Capability',
      'ValueStream',
      'ApplicationService',
      'Location',
      'Grouping',
      ...junctions,
    ],
  },
  {
    id: 'information',
    labels: l('Tietoarkkitehtuuri', 'Informationsarkitektur', 'Information architecture'),
    hasLevels: true,
    elementTypes: [
      'BusinessObject',
      'Contract',
      'Representation',
      'DataObject',
      'Artifact',
      'Meaning',
      'BusinessProcess',
      'ApplicationComponent',
      'SystemSoftware',
      'Grouping',
      ...junctions,
    ],
  },
  {
    id: 'information-systems',
    labels: l(
      'Tietojärjestelmäarkkitehtuuri',
      'Informationssystemarkitektur',
      'Information systems architecture',
    ),
    hasLevels: true,
    elementTypes: [
      'ApplicationComponent',
      'ApplicationCollaboration',
      'ApplicationInterface',
      'ApplicationFunction',
      'ApplicationInteraction',
      'ApplicationProcess',
      'ApplicationEvent',
      'ApplicationService',
      'DataObject',
      'TechnologyInterface',
      'BusinessActor',
      'BusinessRole',
      'BusinessProcess',
      'Grouping',
      ...junctions,
    ],
  },
  {
    id: 'technology',
    labels: l('Teknologia-arkkitehtuuri', 'Teknologiarkitektur', 'Technology architecture'),
    hasLevels: true,
    elementTypes: [
      'Node',
      'Device',
      'SystemSoftware',
      'TechnologyCollaboration',
      'TechnologyInterface',
      'Path',
      'CommunicationNetwork',
      'TechnologyFunction',
      'TechnologyProcess',
      'TechnologyInteraction',
      'TechnologyEvent',
      'TechnologyService',
      'Artifact',
      'Equipment',
      'Facility',
      'DistributionNetwork',
      'Material',
      'Location',
      'Grouping',
      ...junctions,
    ],
  },
  {
    id: 'implementation',
    labels: l('Toimeenpano', 'Verkställighet', 'Implementation'),
    hasLevels: false,
    elementTypes: [
      'WorkPackage',
      'Deliverable',
      'ImplementationEvent',
      'Plateau',
      'Gap',
      'Goal',
      'Outcome',
      'Requirement',
      'BusinessActor',
      'BusinessRole',
      'Location',
      'Grouping',
      ...junctions,
    ],
  },
] as const satisfies readonly FrameworkViewpoint[];
export type FrameworkViewpointId = (typeof FRAMEWORK_VIEWPOINTS)[number]['id'];

/** One cell of the framework grid a view is classified into. */
export interface FrameworkCell {
  /** "principles", "business/conceptual", ..., "implementation". */
  id: string;
  viewpoint: FrameworkViewpointId;
  level?: FrameworkLevelId;
}

export function frameworkCellId(viewpoint: FrameworkViewpointId, level?: FrameworkLevelId): string {
  return level ? `${viewpoint}/${level}` : viewpoint;
}

export const FRAMEWORK_CELLS: readonly FrameworkCell[] = FRAMEWORK_VIEWPOINTS.flatMap(
  (v): FrameworkCell[] =>
    v.hasLevels
      ? FRAMEWORK_LEVELS.map((level) => ({
          id: frameworkCellId(v.id, level.id),
          viewpoint: v.id,
          level: level.id,
        }))
      : [{ id: frameworkCellId(v.id), viewpoint: v.id }],
);

const viewpointById = new Map<string, FrameworkViewpoint>(
  FRAMEWORK_VIEWPOINTS.map((v) => [v.id, v]),
);
const levelById = new Map<string, { labels: Labels }>(FRAMEWORK_LEVELS.map((v) => [v.id, v]));
const cellById = new Map(FRAMEWORK_CELLS.map((c) => [c.id, c]));

export function isFrameworkViewpoint(value: string): value is FrameworkViewpointId {
  return viewpointById.has(value);
}
export function isFrameworkLevel(value: string): value is FrameworkLevelId {
  return levelById.has(value);
}

/** The cell a stored id names, or undefined for anything that is not a cell of the grid. */
export function parseFrameworkCellId(id: string): FrameworkCell | undefined {
  return cellById.get(id);
}

export function frameworkViewpointLabel(viewpoint: string, lang: Lang): string {
  return viewpointById.get(viewpoint)?.labels[lang] ?? viewpoint;
}
export function frameworkLevelLabel(level: string, lang: Lang): string {
  return levelById.get(level)?.labels[lang] ?? level;
}

/** E.g. "Toiminta-arkkitehtuuri – käsitteellinen taso". */
export function frameworkCellLabel(id: string, lang: Lang): string {
  const cell = cellById.get(id);
  if (!cell) return id;
  const viewpoint = frameworkViewpointLabel(cell.viewpoint, lang);
  if (!cell.level) return viewpoint;
  const level = frameworkLevelLabel(cell.level, lang);
  return `${viewpoint} – ${lang === 'en' ? level : level.toLocaleLowerCase(lang)}`;
}

const noTypes: readonly ElementType[] = Object.freeze([]);

/** Element types offered when drawing a view of this viewpoint. */
export function elementTypesForViewpoint(viewpoint: string): readonly ElementType[] {
  return viewpointById.get(viewpoint)?.elementTypes ?? noTypes;
}

const viewpointsByType = new Map<string, FrameworkViewpointId[]>();
for (const v of FRAMEWORK_VIEWPOINTS) {
  for (const type of v.elementTypes) {
    viewpointsByType.set(type, [...(viewpointsByType.get(type) ?? []), v.id]);
  }
}

/** The viewpoints whose pickers offer this element type. */
export function viewpointsForElementType(type: string): readonly FrameworkViewpointId[] {
  return viewpointsByType.get(type) ?? [];
}

// ---------------------------------------------------------------------------------------------
// Specializations

export interface JhsSpecialization {
  /** Stable ASCII id. */
  id: string;
  /** The name stored in an element's `specialization` (Archi's profile name): the Finnish term. */
  name: string;
  labels: Labels;
  /** The ArchiMate element types it may refine. */
  types: readonly ElementType[];
}

const spec = (id: string, labels: Labels, types: readonly ElementType[]): JhsSpecialization => ({
  id,
  name: labels.fi,
  labels,
  types,
});

export const JHS_SPECIALIZATIONS: readonly JhsSpecialization[] = [
  spec('tietojarjestelma', l('Tietojärjestelmä', 'Informationssystem', 'Information system'), [
    'ApplicationComponent',
  ]),
  spec(
    'tietojarjestelmapalvelu',
    l('Tietojärjestelmäpalvelu', 'Informationssystemtjänst', 'Information system service'),
    ['ApplicationService'],
  ),
  spec('tietovaranto', l('Tietovaranto', 'Informationsresurs', 'Information resource'), [
    'DataObject',
    'BusinessObject',
  ]),
  spec('tietoryhma', l('Tietoryhmä', 'Informationsgrupp', 'Data group'), [
    'BusinessObject',
    'DataObject',
  ]),
  spec('perusrekisteri', l('Perusrekisteri', 'Basregister', 'Base register'), [
    'ApplicationComponent',
    'DataObject',
  ]),
  spec('palvelu', l('Palvelu', 'Tjänst', 'Service'), ['BusinessService']),
  spec('prosessi', l('Prosessi', 'Process', 'Process'), ['BusinessProcess']),
  spec('toimija', l('Toimija', 'Aktör', 'Actor'), ['BusinessActor']),
  spec('organisaatio', l('Organisaatio', 'Organisation', 'Organisation'), ['BusinessActor']),
  spec('rooli', l('Rooli', 'Roll', 'Role'), ['BusinessRole']),
  spec('periaate', l('Periaate', 'Princip', 'Principle'), ['Principle']),
  spec('linjaus', l('Linjaus', 'Riktlinje', 'Policy'), ['Requirement', 'Constraint']),
  spec('kyvykkyys', l('Kyvykkyys', 'Förmåga', 'Capability'), ['Capability']),
  spec('hanke', l('Hanke', 'Projekt', 'Project'), ['WorkPackage']),
  spec('kehittamiskohde', l('Kehittämiskohde', 'Utvecklingsobjekt', 'Development target'), [
    'WorkPackage',
  ]),
  spec('rajapinta', l('Rajapinta', 'Gränssnitt', 'Interface'), ['ApplicationInterface']),
  spec('palveluvayla', l('Palveluväylä', 'Informationsled', 'Service bus'), [
    'SystemSoftware',
    'CommunicationNetwork',
  ]),
];

const specKey = (name: string) => name.trim().toLocaleLowerCase('fi');

/** Id, Finnish name and sv/en labels all find a specialization, ignoring case. */
const specsByKey = new Map<string, JhsSpecialization[]>();
const specsByType = new Map<string, JhsSpecialization[]>();
for (const s of JHS_SPECIALIZATIONS) {
  for (const key of new Set([s.id, s.name, s.labels.fi, s.labels.sv, s.labels.en].map(specKey))) {
    specsByKey.set(key, [...(specsByKey.get(key) ?? []), s]);
  }
  for (const type of s.types) specsByType.set(type, [...(specsByType.get(type) ?? []), s]);
}

/** The JHS specializations that may refine an element of this type. */
export function specializationsFor(type: string): readonly JhsSpecialization[] {
  return specsByType.get(type) ?? [];
}

/** The specialization a name (id, Finnish name or sv/en label, any case) refers to. */
export function findSpecialization(name: string, type?: string): JhsSpecialization | undefined {
  const found = specsByKey.get(specKey(name)) ?? [];
  return type === undefined ? found[0] : found.find((s) => s.types.includes(type as ElementType));
}

/** Whether the named JHS specialization may be put on an element of this type. */
export function isSpecializationAllowed(name: string, type: string): boolean {
  return findSpecialization(name, type) !== undefined;
}

export function specializationLabel(name: string, lang: Lang): string {
  return findSpecialization(name)?.labels[lang] ?? name;
}
