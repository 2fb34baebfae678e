import type { PropertyDataType } from '@kartasto/metamodel';

/**
 * The system-portfolio (tietojärjestelmäsalkku) attribute catalogue, as pure data.
 *
 * Each attribute is stored as an ordinary element property whose property definition has a
 * well-known identifier (created per model on demand), so the values travel through ArchiMate
 * exchange files and Archi CSV and the diagram library can group and colour by them.
 * Values are stored language-neutral under the "" key of the property's LangMap; controlled
 * values are stored as the list code, never as a translated label.
 *
 * Costs: one property per cost kind holds the current year's euros; the optional
 * `costsByYear` property holds a JSON object {"<kind>": {"<year>": euros}} for the plan
 * of other years (the four current-year columns stay plain numbers so they sort and sum).
 */

export type PortfolioLang = 'fi' | 'sv' | 'en';
export const PORTFOLIO_LANGS: readonly PortfolioLang[] = ['fi', 'sv', 'en'];
export type Labels = Record<PortfolioLang, string>;

export type AttributeKind =
  'text' | 'number' | 'year' | 'date' | 'boolean' | 'currency' | 'choice' | 'url' | 'json';

export type AttributeGroup =
  'identification' | 'ownership' | 'supplier' | 'lifecycle' | 'users' | 'costs' | 'security';

export interface PortfolioAttribute {
  /** Stable key used in GraphQL, filters and saved views. */
  key: string;
  /** Property definition identifier (an NCName, valid in exchange files). */
  identifier: string;
  label: Labels;
  kind: AttributeKind;
  group: AttributeGroup;
  /** Key of the controlled value list, for kind 'choice'. */
  valueList?: string;
}

export interface ValueListEntry {
  code: string;
  label: Labels;
}

export interface ValueListDefinition {
  key: string;
  label: Labels;
  values: ValueListEntry[];
}

const PREFIX = 'kartasto-portfolio-';

const a = (
  key: string,
  slug: string,
  group: AttributeGroup,
  kind: AttributeKind,
  fi: string,
  sv: string,
  en: string,
  valueList?: string,
): PortfolioAttribute => ({
  key,
  identifier: PREFIX + slug,
  label: { fi, sv, en },
  kind,
  group,
  valueList,
});

export const PORTFOLIO_ATTRIBUTES: readonly PortfolioAttribute[] = [
  a('code', 'code', 'identification', 'text', 'Tunnus', 'Kod', 'Code'),
  a('shortName', 'short-name', 'identification', 'text', 'Lyhenne', 'Förkortning', 'Short name'),
  a(
    'domain',
    'domain',
    'identification',
    'choice',
    'Järjestelmäalue',
    'Systemområde',
    'Domain',
    'domain',
  ),
  a(
    'systemType',
    'system-type',
    'identification',
    'choice',
    'Järjestelmätyyppi',
    'Systemtyp',
    'System type',
    'systemType',
  ),
  a('systemVersion', 'system-version', 'identification', 'text', 'Versio', 'Version', 'Version'),
  a('url', 'url', 'identification', 'url', 'Osoite (URL)', 'Adress (URL)', 'URL'),
  a(
    'owningOrganization',
    'owning-organization',
    'ownership',
    'text',
    'Vastuuviranomainen (omistava organisaatio)',
    'Ansvarig myndighet (ägande organisation)',
    'Responsible authority (owning organisation)',
  ),
  a('owner', 'owner', 'ownership', 'text', 'Omistaja', 'Ägare', 'Owner'),
  a(
    'responsiblePerson',
    'responsible-person',
    'ownership',
    'text',
    'Järjestelmävastaava',
    'Systemansvarig',
    'Responsible person',
  ),
  a('deputy', 'deputy', 'ownership', 'text', 'Sijainen', 'Ersättare', 'Deputy'),
  a('supplier', 'supplier', 'supplier', 'text', 'Toimittaja', 'Leverantör', 'Supplier'),
  a(
    'operator',
    'operator',
    'supplier',
    'text',
    'Käyttöpalvelun toimittaja',
    'Driftsleverantör',
    'Operator',
  ),
  a(
    'contractEnd',
    'contract-end',
    'supplier',
    'date',
    'Sopimus päättyy',
    'Avtalet upphör',
    'Contract ends',
  ),
  a('licence', 'licence', 'supplier', 'text', 'Lisenssi', 'Licens', 'Licence'),
  a(
    'lifecycleState',
    'lifecycle-state',
    'lifecycle',
    'choice',
    'Elinkaaren tila',
    'Livscykelstatus',
    'Lifecycle state',
    'lifecycleState',
  ),
  a(
    'introducedYear',
    'introduced-year',
    'lifecycle',
    'year',
    'Käyttöönottovuosi',
    'Införandeår',
    'Year introduced',
  ),
  a(
    'retirementYear',
    'retirement-year',
    'lifecycle',
    'year',
    'Suunniteltu poistumisvuosi',
    'Planerat avvecklingsår',
    'Planned retirement year',
  ),
  a(
    'technicalCondition',
    'technical-condition',
    'lifecycle',
    'choice',
    'Tekninen kunto',
    'Tekniskt skick',
    'Technical condition',
    'technicalCondition',
  ),
  a(
    'developmentNeeds',
    'development-needs',
    'lifecycle',
    'text',
    'Kehitystarpeet',
    'Utvecklingsbehov',
    'Development needs',
  ),
  a(
    'transition',
    'transition',
    'lifecycle',
    'choice',
    'Siirtymä',
    'Övergång',
    'Transition',
    'transition',
  ),
  a(
    'internalUsers',
    'internal-users',
    'users',
    'text',
    'Sisäiset käyttäjäryhmät',
    'Interna användargrupper',
    'Internal user groups',
  ),
  a(
    'internalUserCount',
    'internal-user-count',
    'users',
    'number',
    'Sisäisiä käyttäjiä',
    'Interna användare',
    'Internal users',
  ),
  a(
    'externalUsers',
    'external-users',
    'users',
    'text',
    'Ulkoiset käyttäjäryhmät',
    'Externa användargrupper',
    'External user groups',
  ),
  a(
    'externalUserCount',
    'external-user-count',
    'users',
    'number',
    'Ulkoisia käyttäjiä',
    'Externa användare',
    'External users',
  ),
  a(
    'serviceHours',
    'service-hours',
    'users',
    'choice',
    'Palveluaika',
    'Servicetid',
    'Service hours',
    'serviceHours',
  ),
  a(
    'costLicence',
    'cost-licence',
    'costs',
    'currency',
    'Lisenssikustannus €/v',
    'Licenskostnad €/år',
    'Licence cost €/yr',
  ),
  a(
    'costMaintenance',
    'cost-maintenance',
    'costs',
    'currency',
    'Ylläpitokustannus €/v',
    'Underhållskostnad €/år',
    'Maintenance cost €/yr',
  ),
  a(
    'costDevelopment',
    'cost-development',
    'costs',
    'currency',
    'Kehityskustannus €/v',
    'Utvecklingskostnad €/år',
    'Development cost €/yr',
  ),
  a(
    'costOperation',
    'cost-operation',
    'costs',
    'currency',
    'Käyttökustannus €/v',
    'Driftskostnad €/år',
    'Operation cost €/yr',
  ),
  a(
    'costsByYear',
    'costs-by-year',
    'costs',
    'json',
    'Kustannukset vuosittain (JSON)',
    'Kostnader per år (JSON)',
    'Costs by year (JSON)',
  ),
  a(
    'criticality',
    'criticality',
    'security',
    'choice',
    'Kriittisyys',
    'Kritikalitet',
    'Criticality',
    'criticality',
  ),
  a(
    'securityClass',
    'security-class',
    'security',
    'choice',
    'Turvallisuusluokka',
    'Säkerhetsklass',
    'Security classification',
    'securityClass',
  ),
  a(
    'confidentiality',
    'confidentiality',
    'security',
    'choice',
    'Luottamuksellisuus',
    'Konfidentialitet',
    'Confidentiality',
    'ciaLevel',
  ),
  a('integrity', 'integrity', 'security', 'choice', 'Eheys', 'Integritet', 'Integrity', 'ciaLevel'),
  a(
    'availability',
    'availability',
    'security',
    'choice',
    'Saatavuus',
    'Tillgänglighet',
    'Availability',
    'ciaLevel',
  ),
  a(
    'preparedness',
    'preparedness',
    'security',
    'choice',
    'Varautumisluokka',
    'Beredskapsklass',
    'Preparedness class',
    'preparedness',
  ),
];

/** The transfer method of an interface, kept on the flow/serving/triggering relationship. */
export const TRANSFER_METHOD: PortfolioAttribute = a(
  'transferMethod',
  'transfer-method',
  'identification',
  'choice',
  'Tiedonsiirtotapa',
  'Överföringssätt',
  'Transfer method',
  'transferMethod',
);

export const ATTRIBUTE_BY_KEY: ReadonlyMap<string, PortfolioAttribute> = new Map(
  PORTFOLIO_ATTRIBUTES.map((x) => [x.key, x]),
);
export const ATTRIBUTE_BY_IDENTIFIER: ReadonlyMap<string, PortfolioAttribute> = new Map(
  [...PORTFOLIO_ATTRIBUTES, TRANSFER_METHOD].map((x) => [x.identifier, x]),
);

export const COST_KINDS = [
  'costLicence',
  'costMaintenance',
  'costDevelopment',
  'costOperation',
] as const;

/** Property data type of the definition created for an attribute. */
export function definitionDataType(attr: PortfolioAttribute): PropertyDataType {
  switch (attr.kind) {
    case 'number':
    case 'year':
      return 'number';
    case 'currency':
      return 'currency';
    case 'date':
      return 'date';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

const v = (code: string, fi: string, sv: string, en: string): ValueListEntry => ({
  code,
  label: { fi, sv, en },
});
/** Most default codes are the Finnish term itself, so exchange files and diagram legends read naturally. */
const f = (fi: string, sv: string, en: string): ValueListEntry => v(fi, fi, sv, en);

/** Default controlled value lists; an organisation's admins edit their own copy. */
export const DEFAULT_VALUE_LISTS: readonly ValueListDefinition[] = [
  {
    key: 'domain',
    label: { fi: 'Järjestelmäalueet', sv: 'Systemområden', en: 'Domains' },
    values: [
      f(
        'Sote – asiakas- ja potilastieto',
        'Social- och hälsovård – klient- och patientdata',
        'Health and social care – client and patient records',
      ),
      f(
        'Sote – tukijärjestelmät',
        'Social- och hälsovård – stödsystem',
        'Health and social care – support systems',
      ),
      f('Talous- ja henkilöstöhallinto', 'Ekonomi- och personalförvaltning', 'Finance and HR'),
      f(
        'Hallinto ja asianhallinta',
        'Förvaltning och ärendehantering',
        'Administration and case management',
      ),
      f('Tiedolla johtaminen', 'Kunskapsbaserad ledning', 'Business intelligence'),
      f('Sähköinen asiointi', 'E-tjänster', 'Digital services'),
      f('Pelastustoimi', 'Räddningsväsende', 'Rescue services'),
      f('Aluekehitys', 'Regional utveckling', 'Regional development'),
      f(
        'Perustietotekniikka ja integraatiot',
        'Grundläggande IT och integrationer',
        'Base IT and integration',
      ),
      f('Kansalliset palvelut', 'Nationella tjänster', 'National services'),
    ],
  },
  {
    key: 'systemType',
    label: { fi: 'Järjestelmätyypit', sv: 'Systemtyper', en: 'System types' },
    values: [
      f('Tietojärjestelmä', 'Informationssystem', 'Information system'),
      f('Sovellus', 'Applikation', 'Application'),
      f('Palvelu', 'Tjänst', 'Service'),
      f('Lisenssi', 'Licens', 'Licence'),
      f('Sulautettu järjestelmä', 'Inbyggt system', 'Embedded system'),
    ],
  },
  {
    key: 'lifecycleState',
    label: { fi: 'Elinkaaren tilat', sv: 'Livscykelstatus', en: 'Lifecycle states' },
    values: [
      f('Suunnitteilla', 'Planeras', 'Planned'),
      f('Kehityksessä', 'Under utveckling', 'In development'),
      f('Tuotannossa', 'I produktion', 'In production'),
      f('Poistumassa', 'Under avveckling', 'Being retired'),
      f('Poistunut', 'Avvecklad', 'Retired'),
    ],
  },
  {
    key: 'technicalCondition',
    label: { fi: 'Tekninen kunto', sv: 'Tekniskt skick', en: 'Technical condition' },
    values: [
      f('Erittäin huono', 'Mycket dåligt', 'Very poor'),
      f('Huono', 'Dåligt', 'Poor'),
      f('Tyydyttävä', 'Tillfredsställande', 'Fair'),
      f('Hyvä', 'Bra', 'Good'),
      f('Erittäin hyvä', 'Mycket bra', 'Very good'),
    ],
  },
  {
    key: 'transition',
    label: { fi: 'Siirtymäluokat', sv: 'Övergångsklasser', en: 'Transition classes' },
    values: [
      f('Siirtyvä', 'Överförs', 'Transferred'),
      f('Poistuva', 'Avvecklas', 'Retiring'),
      f('Säilyvä', 'Kvarstår', 'Retained'),
    ],
  },
  {
    key: 'serviceHours',
    label: { fi: 'Palveluajat', sv: 'Servicetider', en: 'Service hours' },
    values: [
      f('Virka-aika (8–16)', 'Tjänstetid (8–16)', 'Office hours (8–16)'),
      f('Laajennettu (7–20)', 'Utökad (7–20)', 'Extended (7–20)'),
      f('24/7', '24/7', '24/7'),
    ],
  },
  {
    key: 'criticality',
    label: { fi: 'Kriittisyys', sv: 'Kritikalitet', en: 'Criticality' },
    values: [
      v('1', '1 – Erittäin matala', '1 – Mycket låg', '1 – Very low'),
      v('2', '2 – Matala', '2 – Låg', '2 – Low'),
      v('3', '3 – Kohtalainen', '3 – Måttlig', '3 – Moderate'),
      v('4', '4 – Korkea', '4 – Hög', '4 – High'),
      v('5', '5 – Erittäin korkea', '5 – Mycket hög', '5 – Very high'),
    ],
  },
  {
    key: 'securityClass',
    label: { fi: 'Turvallisuusluokat', sv: 'Säkerhetsklasser', en: 'Security classes' },
    values: [
      f('Julkinen', 'Offentlig', 'Public'),
      f('Salassa pidettävä', 'Sekretessbelagd', 'Confidential'),
      f('TL IV', 'SK IV', 'Class IV'),
      f('TL III', 'SK III', 'Class III'),
      f('TL II', 'SK II', 'Class II'),
    ],
  },
  {
    key: 'ciaLevel',
    label: { fi: 'Tietoturvatasot', sv: 'Säkerhetsnivåer', en: 'Security levels' },
    values: [
      f('Matala', 'Låg', 'Low'),
      f('Normaali', 'Normal', 'Normal'),
      f('Korkea', 'Hög', 'High'),
    ],
  },
  {
    key: 'preparedness',
    label: { fi: 'Varautumisluokat', sv: 'Beredskapsklasser', en: 'Preparedness classes' },
    values: [
      f('Perus', 'Grund', 'Basic'),
      f('Korotettu', 'Förhöjd', 'Elevated'),
      f('Korkea', 'Hög', 'High'),
    ],
  },
  {
    key: 'transferMethod',
    label: { fi: 'Tiedonsiirtotavat', sv: 'Överföringssätt', en: 'Transfer methods' },
    values: [
      f('REST-rajapinta', 'REST-gränssnitt', 'REST API'),
      f('SOAP-rajapinta', 'SOAP-gränssnitt', 'SOAP web service'),
      f('Suomi.fi-palveluväylä', 'Suomi.fi-tjänstebussen', 'Suomi.fi Data Exchange Layer'),
      f('HL7 / FHIR', 'HL7 / FHIR', 'HL7 / FHIR'),
      f('Tiedostonsiirto (SFTP)', 'Filöverföring (SFTP)', 'File transfer (SFTP)'),
      f('Viestijono', 'Meddelandekö', 'Message queue'),
      f('Tietokantayhteys', 'Databaskoppling', 'Database link'),
      f('Manuaalinen', 'Manuell', 'Manual'),
    ],
  },
];

export const DEFAULT_VALUE_LIST_BY_KEY: ReadonlyMap<string, ValueListDefinition> = new Map(
  DEFAULT_VALUE_LISTS.map((l) => [l.key, l]),
);

/** Core columns that are element fields rather than properties. */
export const CORE_COLUMNS: readonly { key: string; label: Labels }[] = [
  { key: 'identifier', label: { fi: 'Tunniste', sv: 'Identifierare', en: 'Identifier' } },
  { key: 'name.fi', label: { fi: 'Nimi (suomi)', sv: 'Namn (finska)', en: 'Name (Finnish)' } },
  { key: 'name.sv', label: { fi: 'Nimi (ruotsi)', sv: 'Namn (svenska)', en: 'Name (Swedish)' } },
  { key: 'name.en', label: { fi: 'Nimi (englanti)', sv: 'Namn (engelska)', en: 'Name (English)' } },
  {
    key: 'description.fi',
    label: { fi: 'Käyttötarkoitus (suomi)', sv: 'Syfte (finska)', en: 'Purpose (Finnish)' },
  },
  {
    key: 'description.sv',
    label: { fi: 'Käyttötarkoitus (ruotsi)', sv: 'Syfte (svenska)', en: 'Purpose (Swedish)' },
  },
  {
    key: 'description.en',
    label: { fi: 'Käyttötarkoitus (englanti)', sv: 'Syfte (engelska)', en: 'Purpose (English)' },
  },
];

/** The specialization new systems get and the portfolio can be narrowed to. */
export const SYSTEM_SPECIALIZATION = 'Tietojärjestelmä';
