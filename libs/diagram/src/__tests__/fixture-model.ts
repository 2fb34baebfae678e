import {
  emptyModelDocument,
  type ElementDoc,
  type ModelDocument,
  type RelationshipDoc,
} from '@kartasto/metamodel';

/** Small helpers for writing test models by hand. */
export function el(
  id: string,
  type: string,
  name: string,
  props: Record<string, string> = {},
): ElementDoc {
  return {
    id,
    type,
    name: { fi: name },
    documentation: {},
    properties: Object.entries(props).map(([definitionId, value]) => ({
      definitionId,
      value: { fi: value },
    })),
  };
}

export function rel(
  id: string,
  type: string,
  sourceId: string,
  targetId: string,
  extra: Partial<RelationshipDoc> = {},
): RelationshipDoc {
  return { id, type, sourceId, targetId, name: {}, documentation: {}, properties: [], ...extra };
}

/**
 * A small regional social and health care ecosystem: a wellbeing county and a private
 * producer with their services, Kanta and the national service bus, a client's service path
 * and an application portfolio with lifecycle, criticality, cost, owner and domain.
 */
export function sampleModel(): ModelDocument {
  const m = emptyModelDocument({ fi: 'Hyvinvointialueen ekosysteemi' });
  m.propertyDefinitions = [
    { id: 'pd-eco', name: { fi: 'Ekosysteemikerros', en: 'Ecosystem layer' }, type: 'string' },
    { id: 'pd-life', name: { fi: 'Elinkaaren tila' }, type: 'string' },
    { id: 'pd-crit', name: { fi: 'Kriittisyys' }, type: 'string' },
    { id: 'pd-cost', name: { fi: 'Kustannukset', en: 'Cost' }, type: 'number' },
    { id: 'pd-owner', name: { fi: 'Omistaja' }, type: 'string' },
    { id: 'pd-domain', name: { fi: 'Järjestelmäalue' }, type: 'string' },
  ];
  m.elements = [
    el('a-county', 'BusinessActor', 'Hyvinvointialue'),
    el('a-private', 'BusinessActor', 'Yksityinen palveluntuottaja', {
      'pd-eco': 'service-private',
    }),
    el('a-ngo', 'BusinessActor', 'Potilasjärjestö', { 'pd-eco': 'service-third-sector' }),
    el('a-client', 'BusinessActor', 'Asiakas'),
    el('r-nurse', 'BusinessRole', 'Hoitaja'),
    el('s-clinic', 'BusinessService', 'Vastaanottopalvelu'),
    el('s-home', 'BusinessService', 'Kotihoito', { 'pd-eco': 'service-private' }),
    el('s-peer', 'BusinessService', 'Vertaistuki', { 'pd-eco': 'service-third-sector' }),
    el('s-own', 'ApplicationService', 'Omatietovaranto', { 'pd-eco': 'service-own-data' }),
    el('d-record', 'DataObject', 'Potilaskertomus'),
    el('t-bus', 'SystemSoftware', 'Suomi.fi-palveluväylä'),
    el('c-kanta', 'ApplicationComponent', 'Kanta-palvelut', {
      'pd-life': 'käytössä',
      'pd-crit': 'kriittinen',
      'pd-cost': '1200000',
      'pd-owner': 'Kela',
      'pd-domain': 'Kansalliset palvelut',
    }),
    el('c-ehr', 'ApplicationComponent', 'Potilastietojärjestelmä', {
      'pd-eco': 'data',
      'pd-life': 'käytössä',
      'pd-crit': 'kriittinen',
      'pd-cost': '800000',
      'pd-owner': 'Hyvinvointialue',
      'pd-domain': 'Sote',
    }),
    el('c-booking', 'ApplicationComponent', 'Ajanvaraus', {
      'pd-eco': 'service-public',
      'pd-life': 'poistumassa',
      'pd-crit': 'keskitaso',
      'pd-cost': '90000',
      'pd-owner': 'Hyvinvointialue',
      'pd-domain': 'Sote',
    }),
    el('c-crm', 'ApplicationComponent', 'Asiakkuudenhallinta', {
      'pd-life': 'suunnitteilla',
      'pd-owner': 'Hyvinvointialue',
    }),
    el('cap-care', 'Capability', 'Hoidon järjestäminen'),
    el('cap-info', 'Capability', 'Tiedonhallinta'),
    el('p-need', 'BusinessEvent', 'Hoidon tarve'),
    el('p-book', 'BusinessProcess', 'Ajan varaaminen'),
    el('p-assess', 'BusinessProcess', 'Hoidon tarpeen arviointi'),
    el('p-visit', 'BusinessProcess', 'Vastaanottokäynti'),
    el('p-record', 'BusinessProcess', 'Kirjaaminen'),
    el('p-follow', 'BusinessProcess', 'Jatkohoito'),
    el('g-goal', 'Goal', 'Sujuva hoitopolku'),
  ];
  m.relationships = [
    rel('r1', 'Assignment', 'a-county', 's-clinic'),
    rel('r2', 'Assignment', 'a-private', 's-home'),
    rel('r3', 'Assignment', 'a-ngo', 's-peer'),
    rel('r4', 'Composition', 'a-county', 'c-booking'),
    rel('r5', 'Serving', 'c-booking', 's-clinic'),
    rel('r6', 'Access', 'c-ehr', 'd-record', { accessType: 'Write' }),
    rel('r7', 'Serving', 't-bus', 'c-ehr'),
    rel('r8', 'Serving', 'c-kanta', 't-bus'),
    rel('r9', 'Serving', 's-clinic', 'a-client'),
    rel('r10', 'Realization', 'c-ehr', 'cap-info'),
    rel('r11', 'Realization', 'c-kanta', 'cap-info'),
    rel('r12', 'Serving', 'c-booking', 'cap-care'),
    rel('r13', 'Triggering', 'p-need', 'p-book'),
    rel('r14', 'Triggering', 'p-book', 'p-assess'),
    rel('r15', 'Triggering', 'p-assess', 'p-visit'),
    rel('r16', 'Triggering', 'p-visit', 'p-record'),
    rel('r17', 'Flow', 'p-record', 'p-follow'),
    rel('r18', 'Triggering', 'p-follow', 'p-assess'),
    rel('r19', 'Assignment', 'a-client', 'p-need'),
    rel('r20', 'Assignment', 'a-client', 'p-book'),
    rel('r21', 'Assignment', 'r-nurse', 'p-assess'),
    rel('r22', 'Assignment', 'r-nurse', 'p-visit'),
    rel('r23', 'Assignment', 'r-nurse', 'p-record'),
    rel('r24', 'Serving', 'c-booking', 'p-book'),
    rel('r25', 'Serving', 'c-ehr', 'p-record'),
    rel('r26', 'Influence', 'g-goal', 'cap-care', { influenceStrength: '++' }),
    rel('r27', 'Association', 'a-client', 's-own', { isDirected: true }),
  ];
  return m;
}
