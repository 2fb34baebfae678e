import {
  isElementType,
  isRelationshipAllowed,
  isSpecializationAllowed,
  RELATIONSHIP_TYPES,
  type ModelDocument,
} from '@kartasto/metamodel';
import {
  buildDemoData,
  ECOSYSTEM_BANDS,
  ECOSYSTEM_BAND_PROPERTY,
  ECOSYSTEM_DRAWN_TYPES,
  isEcosystemBand,
} from '../index';

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const data = buildDemoData();
const byKey = new Map(data.models.map((m) => [m.key, m]));

function reference(): ModelDocument {
  const model = data.models.find((m) => m.kind === 'reference');
  if (model === undefined) throw new Error('no reference model');
  return model.document;
}

/** Every id a model document declares: elements, relationships, folders, definitions, views. */
function allIds(doc: ModelDocument): string[] {
  return [
    ...doc.elements.map((e) => e.id),
    ...doc.relationships.map((r) => r.id),
    ...doc.folders.map((f) => f.id),
    ...doc.propertyDefinitions.map((p) => p.id),
    ...doc.views.flatMap((v) => [
      v.id,
      ...v.nodes.map((n) => n.id),
      ...v.connections.map((c) => c.id),
    ]),
  ];
}

function bandOf(doc: ModelDocument, elementId: string): string | undefined {
  const definition = doc.propertyDefinitions.find((d) => d.name.fi === ECOSYSTEM_BAND_PROPERTY.key);
  const element = doc.elements.find((e) => e.id === elementId);
  return element?.properties.find((p) => p.definitionId === definition?.id)?.value.fi;
}

function propertyValue(
  doc: ModelDocument,
  elementId: string,
  definitionName: string,
): string | undefined {
  const definition = doc.propertyDefinitions.find((d) => d.name.fi?.toLowerCase() === definitionName.toLowerCase());
  const element = doc.elements.find((e) => e.id === elementId);
  return element?.properties.find((p) => p.definitionId === definition?.id)?.value.fi;
}

describe('demo organisations and users', () => {
  it('every membership names a demo organisation', () => {
    const slugs = new Set(data.organizations.map((o) => o.slug));
    expect(slugs.size).toBe(data.organizations.length);
    for (const user of data.users) {
      expect(user.memberships.length).toBeGreaterThan(0);
      for (const m of user.memberships) expect(slugs.has(m.organizationSlug)).toBe(true);
    }
  });

  it('every model belongs to a demo organisation and basedOnKey names another model', () => {
    const slugs = new Set(data.organizations.map((o) => o.slug));
    for (const model of data.models) {
      expect(slugs.has(model.organizationSlug)).toBe(true);
      if (model.basedOnKey !== undefined) {
        expect(byKey.get(model.basedOnKey)?.kind).toBe('reference');
      }
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildDemoData())).toBe(JSON.stringify(data));
  });
});

describe.each(data.models.map((m) => [m.key, m.document] as const))('model %s', (_key, doc) => {
  it('has unique NCName ids', () => {
    const ids = allIds(doc);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(NCNAME);
  });

  it('uses only ArchiMate element types', () => {
    const bad = doc.elements.filter((e) => !isElementType(e.type)).map((e) => `${e.id}:${e.type}`);
    expect(bad).toEqual([]);
  });

  it('uses only ArchiMate relationship types between existing elements', () => {
    const ids = new Set(doc.elements.map((e) => e.id));
    const types: readonly string[] = RELATIONSHIP_TYPES;
    for (const r of doc.relationships) {
      expect(types).toContain(r.type);
      expect(ids.has(r.sourceId)).toBe(true);
      expect(ids.has(r.targetId)).toBe(true);
    }
  });

  it('uses only relationships the ArchiMate 3.2 table allows', () => {
    const types = new Map(doc.elements.map((e) => [e.id, e.type]));
    const bad = doc.relationships
      .filter((r) => {
        const source = types.get(r.sourceId) ?? '';
        const target = types.get(r.targetId) ?? '';
        return !isRelationshipAllowed(r.type, source, target);
      })
      .map((r) => r.id);
    expect(bad).toEqual([]);
  });

  it('uses only JHS specializations that fit the element type', () => {
    const bad = doc.elements
      .filter((e) => e.specialization !== undefined)
      .filter((e) => !isSpecializationAllowed(e.specialization as string, e.type))
      .map((e) => `${e.id}:${e.type}:${e.specialization}`);
    expect(bad).toEqual([]);
  });

  it('points folders, properties and views at things that exist', () => {
    const folders = new Set(doc.folders.map((f) => f.id));
    const definitions = new Set(doc.propertyDefinitions.map((d) => d.id));
    for (const f of doc.folders)
      if (f.parentId !== undefined) expect(folders.has(f.parentId)).toBe(true);
    for (const item of [...doc.elements, ...doc.relationships]) {
      expect(item.folderId !== undefined && folders.has(item.folderId)).toBe(true);
      for (const p of item.properties) expect(definitions.has(p.definitionId)).toBe(true);
    }
    const elements = new Set(doc.elements.map((e) => e.id));
    const relationships = new Map(doc.relationships.map((r) => [r.id, r]));
    for (const view of doc.views) {
      const nodes = new Map(view.nodes.map((n) => [n.id, n]));
      for (const n of view.nodes) {
        if (n.elementId !== undefined) expect(elements.has(n.elementId)).toBe(true);
        if (n.parentId !== undefined) expect(nodes.has(n.parentId)).toBe(true);
      }
      for (const c of view.connections) {
        const r = relationships.get(c.relationshipId ?? '');
        expect(r).toBeDefined();
        expect(nodes.get(c.sourceId)?.elementId).toBe(r?.sourceId);
        expect(nodes.get(c.targetId)?.elementId).toBe(r?.targetId);
      }
    }
  });

  it('gives every ecosystem band value a known band', () => {
    const banded = doc.elements.map((e) => bandOf(doc, e.id)).filter((b) => b !== undefined);
    expect(banded.length).toBeGreaterThan(0);
    for (const band of banded) expect(isEcosystemBand(band as string)).toBe(true);
  });

  it('names the band of every element the ecosystem view draws', () => {
    const unbanded = doc.elements
      .filter((e) => ECOSYSTEM_DRAWN_TYPES.includes(e.type) && bandOf(doc, e.id) === undefined)
      .map((e) => e.id);
    expect(unbanded).toEqual([]);
  });
});

describe('reference model', () => {
  const doc = reference();

  it('fills every ecosystem band with at least two elements', () => {
    const sparse = ECOSYSTEM_BANDS.filter(
      (band) => doc.elements.filter((e) => bandOf(doc, e.id) === band).length < 2,
    );
    expect(sparse).toEqual([]);
  });

  it('records budgets and realised costs of the national projects as numbers', () => {
    const projects = doc.elements.filter((e) => e.specialization === 'Hanke');
    expect(projects.length).toBeGreaterThanOrEqual(10);
    for (const p of projects) {
      const actual = propertyValue(doc, p.id, 'toteutuneet kustannukset');
      expect(actual).toMatch(/^\d+$/);
    }
    expect(propertyValue(doc, 'ref-hk-valinnanvapaus', 'budjetti')).toBe('18100000');
    expect(propertyValue(doc, 'ref-hk-valinnanvapaus', 'toteutuneet kustannukset')).toBe(
      '10130000',
    );
  });
});

describe('North Karelia models', () => {
  const current = byKey.get('pohjois-karjala-nykytila')?.document;
  const target = byKey.get('pohjois-karjala-tavoitetila')?.document;
  const refIds = new Set(reference().elements.map((e) => e.id));

  const portfolio = (doc: ModelDocument | undefined) =>
    (doc?.elements ?? []).filter(
      (e) => e.specialization === 'Tietojärjestelmä' && e.folderId?.endsWith('folder-salkku'),
    );

  it('keeps a portfolio of 15-25 systems in each state', () => {
    for (const doc of [current, target]) {
      expect(portfolio(doc).length).toBeGreaterThanOrEqual(15);
      expect(portfolio(doc).length).toBeLessThanOrEqual(25);
    }
  });

  it('traces only to existing reference elements', () => {
    for (const doc of [current, target]) {
      const traced = (doc?.elements ?? []).filter((e) => e.referenceElementId !== undefined);
      expect(traced.length).toBeGreaterThan(0);
      for (const e of traced) expect(refIds.has(e.referenceElementId as string)).toBe(true);
    }
  });

  it('fills the portfolio attributes with values from the controlled lists', () => {
    const lifecycles = ['Suunnitteilla', 'Kehityksessä', 'Tuotannossa', 'Poistumassa', 'Poistunut'];
    for (const doc of [current, target]) {
      if (doc === undefined) throw new Error('missing region model');
      for (const system of portfolio(doc)) {
        expect(lifecycles).toContain(propertyValue(doc, system.id, 'elinkaaren tila'));
        expect(['1', '2', '3', '4', '5']).toContain(propertyValue(doc, system.id, 'kriittisyys'));
        expect(propertyValue(doc, system.id, 'ylläpitokustannus €/v')).toMatch(/^\d+$/);
        const transition = propertyValue(doc, system.id, 'siirtymä');
        if (transition !== undefined)
          expect(['siirtyvä', 'poistuva', 'säilyvä']).toContain(transition.toLowerCase());
      }
    }
  });

  it('differs between states: retiring systems leave and new ones arrive', () => {
    const names = (doc: ModelDocument | undefined) => new Set(portfolio(doc).map((e) => e.name.fi));
    const before = names(current);
    const after = names(target);
    const retired = [...before].filter((n) => !after.has(n));
    const added = [...after].filter((n) => !before.has(n));
    expect(retired.length).toBeGreaterThanOrEqual(3);
    expect(added.length).toBeGreaterThanOrEqual(3);
  });
});
