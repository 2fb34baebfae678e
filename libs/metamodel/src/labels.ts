/**
 * Names of ArchiMate concepts in Kartasto's three user languages. Finnish follows the terms
 * Finnish public-sector architects use (e.g. Toimija, Sovelluskomponentti, Tieto-objekti).
 */
import { AccessType, Aspect, ElementType, Layer, RelationshipType } from './concepts';
import type { LangMap } from './model-document';

export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Labels = Readonly<Record<Lang, string>>;

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

const l = (fi: string, sv: string, en: string): Labels => ({ fi, sv, en });

export const ELEMENT_TYPE_LABELS: Readonly<Record<ElementType, Labels>> = {
  // Strategy
  Resource: l('Resurssi', 'Resurs', 'Resource'),
  Capability: l('Kyvykkyys', 'Förmåga', 'Capability'),
  ValueStream: l('Arvovirta', 'Värdeström', 'Value Stream'),
  CourseOfAction: l('Toimintatapa', 'Handlingsalternativ', 'Course of Action'),
  // Business
  BusinessActor: l('Toimija', 'Aktör', 'Business Actor'),
  BusinessRole: l('Rooli', 'Roll', 'Business Role'),
  BusinessCollaboration: l('Yhteistyö', 'Samarbete', 'Business Collaboration'),
  BusinessInterface: l('Liiketoimintarajapinta', 'Verksamhetsgränssnitt', 'Business Interface'),
  BusinessProcess: l('Liiketoimintaprosessi', 'Verksamhetsprocess', 'Business Process'),
  BusinessFunction: l('Liiketoimintatoiminto', 'Verksamhetsfunktion', 'Business Function'),
  BusinessInteraction: l(
    'Liiketoimintavuorovaikutus',
    'Verksamhetsinteraktion',
    'Business Interaction',
  ),
  BusinessEvent: l('Liiketoimintatapahtuma', 'Verksamhetshändelse', 'Business Event'),
  BusinessService: l('Liiketoimintapalvelu', 'Verksamhetstjänst', 'Business Service'),
  BusinessObject: l('Liiketoimintaobjekti', 'Verksamhetsobjekt', 'Business Object'),
  Contract: l('Sopimus', 'Avtal', 'Contract'),
  Representation: l('Esitysmuoto', 'Representation', 'Representation'),
  Product: l('Tuote', 'Produkt', 'Product'),
  // Application
  ApplicationComponent: l('Sovelluskomponentti', 'Applikationskomponent', 'Application Component'),
  ApplicationCollaboration: l(
    'Sovellusyhteistyö',
    'Applikationssamarbete',
    'Application Collaboration',
  ),
  ApplicationInterface: l('Sovellusrajapinta', 'Applikationsgränssnitt', 'Application Interface'),
  ApplicationFunction: l('Sovellustoiminto', 'Applikationsfunktion', 'Application Function'),
  ApplicationInteraction: l(
    'Sovellusvuorovaikutus',
    'Applikationsinteraktion',
    'Application Interaction',
  ),
  ApplicationProcess: l('Sovellusprosessi', 'Applikationsprocess', 'Application Process'),
  ApplicationEvent: l('Sovellustapahtuma', 'Applikationshändelse', 'Application Event'),
  ApplicationService: l('Sovelluspalvelu', 'Applikationstjänst', 'Application Service'),
  DataObject: l('Tieto-objekti', 'Dataobjekt', 'Data Object'),
  // Technology
  Node: l('Solmu', 'Nod', 'Node'),
  Device: l('Laite', 'Enhet', 'Device'),
  SystemSoftware: l('Järjestelmäohjelmisto', 'Systemprogramvara', 'System Software'),
  TechnologyCollaboration: l(
    'Teknologiayhteistyö',
    'Teknologisamarbete',
    'Technology Collaboration',
  ),
  TechnologyInterface: l('Teknologiarajapinta', 'Teknologigränssnitt', 'Technology Interface'),
  Path: l('Polku', 'Kommunikationsväg', 'Path'),
  CommunicationNetwork: l('Tietoliikenneverkko', 'Kommunikationsnätverk', 'Communication Network'),
  TechnologyFunction: l('Teknologiatoiminto', 'Teknologifunktion', 'Technology Function'),
  TechnologyProcess: l('Teknologiaprosessi', 'Teknologiprocess', 'Technology Process'),
  TechnologyInteraction: l(
    'Teknologiavuorovaikutus',
    'Teknologiinteraktion',
    'Technology Interaction',
  ),
  TechnologyEvent: l('Teknologiatapahtuma', 'Teknologihändelse', 'Technology Event'),
  TechnologyService: l('Teknologiapalvelu', 'Teknologitjänst', 'Technology Service'),
  Artifact: l('Artefakti', 'Artefakt', 'Artifact'),
  // Physical
  Equipment: l('Laitteisto', 'Utrustning', 'Equipment'),
  Facility: l('Toimitila', 'Anläggning', 'Facility'),
  DistributionNetwork: l('Jakeluverkko', 'Distributionsnätverk', 'Distribution Network'),
  Material: l('Materiaali', 'Material', 'Material'),
  // Motivation
  Stakeholder: l('Sidosryhmä', 'Intressent', 'Stakeholder'),
  Driver: l('Ajuri', 'Drivkraft', 'Driver'),
  Assessment: l('Arvio', 'Bedömning', 'Assessment'),
  Goal: l('Tavoite', 'Mål', 'Goal'),
  Outcome: l('Tulos', 'Utfall', 'Outcome'),
  Principle: l('Periaate', 'Princip', 'Principle'),
  Requirement: l('Vaatimus', 'Krav', 'Requirement'),
  Constraint: l('Rajoite', 'Begränsning', 'Constraint'),
  Meaning: l('Merkitys', 'Betydelse', 'Meaning'),
  Value: l('Arvo', 'Värde', 'Value'),
  // Implementation & migration
  WorkPackage: l('Työpaketti', 'Arbetspaket', 'Work Package'),
  Deliverable: l('Tuotos', 'Leverans', 'Deliverable'),
  ImplementationEvent: l('Toteutustapahtuma', 'Implementeringshändelse', 'Implementation Event'),
  Plateau: l('Tasanne', 'Platå', 'Plateau'),
  Gap: l('Kuilu', 'Gap', 'Gap'),
  // Other
  Grouping: l('Ryhmittely', 'Gruppering', 'Grouping'),
  Location: l('Sijainti', 'Plats', 'Location'),
  AndJunction: l('JA-liitos', 'OCH-förgrening', 'And Junction'),
  OrJunction: l('TAI-liitos', 'ELLER-förgrening', 'Or Junction'),
};

/** Labels for the two table concepts that are not element types. */
const TABLE_ONLY_LABELS: Readonly<Record<string, Labels>> = {
  Junction: l('Liitos', 'Förgrening', 'Junction'),
  Relationship: l('Suhde', 'Relation', 'Relationship'),
};

export const RELATIONSHIP_TYPE_LABELS: Readonly<Record<RelationshipType, Labels>> = {
  Composition: l('Koostumussuhde', 'Sammansättning', 'Composition'),
  Aggregation: l('Kokoomasuhde', 'Aggregering', 'Aggregation'),
  Assignment: l('Kohdistussuhde', 'Tilldelning', 'Assignment'),
  Realization: l('Toteutussuhde', 'Realisering', 'Realization'),
  Serving: l('Palvelusuhde', 'Betjäning', 'Serving'),
  Access: l('Käyttösuhde', 'Åtkomst', 'Access'),
  Influence: l('Vaikutussuhde', 'Påverkan', 'Influence'),
  Triggering: l('Käynnistyssuhde', 'Utlösning', 'Triggering'),
  Flow: l('Virtaussuhde', 'Flöde', 'Flow'),
  Specialization: l('Erikoistussuhde', 'Specialisering', 'Specialization'),
  Association: l('Assosiaatiosuhde', 'Association', 'Association'),
};

export const LAYER_LABELS: Readonly<Record<Layer, Labels>> = {
  strategy: l('Strategia', 'Strategi', 'Strategy'),
  business: l('Liiketoiminta', 'Verksamhet', 'Business'),
  application: l('Sovellukset', 'Applikationer', 'Application'),
  technology: l('Teknologia', 'Teknologi', 'Technology'),
  physical: l('Fyysinen', 'Fysisk', 'Physical'),
  motivation: l('Motivaatio', 'Motivation', 'Motivation'),
  implementation: l(
    'Toteutus ja siirtymä',
    'Implementering och migrering',
    'Implementation & Migration',
  ),
  other: l('Muut', 'Övriga', 'Other'),
};

export const ASPECT_LABELS: Readonly<Record<Aspect, Labels>> = {
  'active-structure': l('Aktiivinen rakenne', 'Aktiv struktur', 'Active structure'),
  behavior: l('Toiminta', 'Beteende', 'Behavior'),
  'passive-structure': l('Passiivinen rakenne', 'Passiv struktur', 'Passive structure'),
  motivation: l('Motivaatio', 'Motivation', 'Motivation'),
  composite: l('Yhdistelmä', 'Sammansatt', 'Composite'),
  junction: l('Liitos', 'Förgrening', 'Junction'),
};

export const ACCESS_TYPE_LABELS: Readonly<Record<AccessType, Labels>> = {
  Access: l('Käyttö', 'Åtkomst', 'Access'),
  Read: l('Luku', 'Läsning', 'Read'),
  Write: l('Kirjoitus', 'Skrivning', 'Write'),
  ReadWrite: l('Luku ja kirjoitus', 'Läsning och skrivning', 'Read and write'),
};

// Unknown names (e.g. from a newer file) fall back to the name itself rather than a blank label.
function labelOf(table: Readonly<Record<string, Labels>>, key: string, lang: Lang): string {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key][lang] : key;
}

/** Name of an element type, or of "Junction" / "Relationship"; unknown types as given. */
export function elementTypeLabel(type: string, lang: Lang): string {
  return Object.prototype.hasOwnProperty.call(TABLE_ONLY_LABELS, type)
    ? TABLE_ONLY_LABELS[type][lang]
    : labelOf(ELEMENT_TYPE_LABELS, type, lang);
}

export function relationshipTypeLabel(type: string, lang: Lang): string {
  return labelOf(RELATIONSHIP_TYPE_LABELS, type, lang);
}

export function layerLabel(layer: string, lang: Lang): string {
  return labelOf(LAYER_LABELS, layer, lang);
}

export function aspectLabel(aspect: string, lang: Lang): string {
  return labelOf(ASPECT_LABELS, aspect, lang);
}

export function accessTypeLabel(accessType: string, lang: Lang): string {
  return labelOf(ACCESS_TYPE_LABELS, accessType, lang);
}

/**
 * The text of a language map to show a user of `lang`: that language, else Finnish, English,
 * Swedish, the language-less text, then any language at all; "" when the map is empty.
 */
export function textIn(map: LangMap | undefined, lang: Lang): string {
  if (!map) return '';
  for (const key of [lang, 'fi', 'en', 'sv', '']) {
    const text = map[key];
    if (text) return text;
  }
  return Object.values(map).find((text) => text) ?? '';
}
