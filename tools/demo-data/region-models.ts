import type { LangMap, ModelDocument } from '@kartasto/metamodel';
import { ECOSYSTEM_BAND_PROPERTY, type EcosystemBand } from './ecosystem-bands';
import { addStandardFolders, ModelBuilder } from './model-builder';
import { refId } from './reference-model';
import {
  definitionDataType,
  PORTFOLIO_ATTRIBUTES,
  TRANSFER_METHOD,
} from '../../apps/api/src/portfolio/portfolio-attributes';
import {
  AREA_BAND,
  NATIONAL_SYSTEMS,
  REGION_SYSTEMS,
  type RegionSystem,
  type SystemState,
} from './region-portfolio';

export type RegionState = 'current' | 'target';

/**
 * The system-portfolio property definitions, with Kartasto's well-known identifiers
 * (kartasto-portfolio-…) and fi/sv/en names, so the portfolio table reads them directly.
 * `key` is the builder key (the identifier without its prefix).
 */
export const PORTFOLIO_PROPERTIES = [...PORTFOLIO_ATTRIBUTES, TRANSFER_METHOD].map((a) => ({
  key: a.identifier.replace(/^kartasto-portfolio-/, ''),
  id: a.identifier,
  name: a.label,
  type: definitionDataType(a),
}));

interface Ctx {
  b: ModelBuilder;
  state: RegionState;
}

interface Simple {
  key: string;
  name: LangMap;
  doc: string;
  band?: EcosystemBand;
  ref?: string;
  /** Limits the element to one state; absent means both. */
  only?: RegionState;
}

function add(
  ctx: Ctx,
  type: string,
  folder: string,
  specialization: string | undefined,
  items: Simple[],
): void {
  for (const item of items) {
    if (item.only !== undefined && item.only !== ctx.state) continue;
    ctx.b.element({
      key: item.key,
      type,
      name: item.name,
      doc: item.doc,
      folder,
      specialization,
      band: item.band,
      ref: item.ref === undefined ? undefined : refId(item.ref),
    });
  }
}

function addFolders(b: ModelBuilder, state: RegionState): void {
  addStandardFolders(b);
  b.folder('toimijat', { fi: 'Toimijat', sv: 'Aktörer', en: 'Actors' }, 'liiketoiminta');
  b.folder('palvelut', { fi: 'Palvelut', sv: 'Tjänster', en: 'Services' }, 'liiketoiminta');
  b.folder('prosessit', { fi: 'Prosessit', sv: 'Processer', en: 'Processes' }, 'liiketoiminta');
  b.folder(
    'salkku',
    { fi: 'Tietojärjestelmäsalkku', sv: 'Systemportfölj', en: 'System portfolio' },
    'sovellukset',
  );
  b.folder('kansalliset', { fi: 'Kansalliset palvelut', en: 'National services' }, 'sovellukset');
  b.folder('tiedot', { fi: 'Tieto-objektit', en: 'Data objects' }, 'sovellukset');
  if (state === 'target') {
    b.folder('hankkeet', { fi: 'Alueelliset hankkeet', en: 'Regional projects' }, 'toteutus');
  }
}

function addPropertyDefinitions(b: ModelBuilder): void {
  b.propertyDefinition(ECOSYSTEM_BAND_PROPERTY.key, ECOSYSTEM_BAND_PROPERTY.name, 'string');
  for (const p of PORTFOLIO_PROPERTIES) b.propertyDefinition(p.key, p.name, p.type, p.id);
}

function addActors(ctx: Ctx): void {
  add(ctx, 'BusinessActor', 'toimijat', 'Toimija', [
    {
      key: 'act-siun-sote',
      only: 'current',
      name: {
        fi: 'Siun sote – Pohjois-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä',
        en: 'North Karelia joint authority for health and social services',
      },
      doc: 'Järjestää ja tuottaa alueen sosiaali- ja terveyspalvelut nykytilassa.',
      band: 'service-public',
      ref: 'julkiset-tuottajat',
    },
    {
      key: 'act-maakuntaliitto',
      only: 'current',
      name: {
        fi: 'Pohjois-Karjalan maakuntaliitto',
        sv: 'Norra Karelens förbund',
        en: 'Regional Council of North Karelia',
      },
      doc: 'Aluekehitysviranomainen ja maakuntakaavoitus.',
      band: 'core',
    },
    {
      key: 'act-ely',
      only: 'current',
      name: { fi: 'Pohjois-Karjalan ELY-keskus ja TE-toimisto', en: 'ELY Centre and TE Office' },
      doc: 'Valtion tehtävät, joista osa siirtyy maakunnalle.',
      band: 'core',
    },
    {
      key: 'act-maakunta',
      only: 'target',
      name: {
        fi: 'Pohjois-Karjalan maakunta (järjestäjä)',
        sv: 'Norra Karelens landskap (anordnare)',
        en: 'North Karelia region (organiser)',
      },
      doc: 'Järjestämisvastuussa oleva maakunta; ylläpitää järjestäjän tietojärjestelmäratkaisuja.',
      band: 'core',
      ref: 'maakunta-jarjestaja',
    },
    {
      key: 'act-palvelulaitos',
      only: 'target',
      name: { fi: 'Pohjois-Karjalan maakunnan palvelulaitos', en: 'Regional service institution' },
      doc: 'Tuottaa maakunnan sille osoittamat sote- ja pelastustoimen palvelut.',
      band: 'service-public',
      ref: 'palvelulaitos',
    },
    {
      key: 'act-vimana',
      only: 'target',
      name: { fi: 'Vimana Oy', en: 'Vimana Ltd' },
      doc: 'Maakuntien yhteiset ICT-palvelut (asianhallinta, KVH, viestintäympäristö).',
      band: 'core',
      ref: 'vimana',
    },
    {
      key: 'act-pelastuslaitos',
      name: { fi: 'Pohjois-Karjalan pelastuslaitos', en: 'North Karelia rescue department' },
      doc: 'Pelastustoimen palvelut ja valvonta.',
      band: 'service-public',
      ref: 'julkiset-tuottajat',
    },
    {
      key: 'act-kunnat',
      name: { fi: 'Alueen kunnat', sv: 'Kommunerna i regionen', en: 'Municipalities' },
      doc: 'Hyvinvoinnin ja terveyden edistäminen; palvelujen asiakasohjaus.',
      band: 'service-public',
      ref: 'julkiset-tuottajat',
    },
    {
      key: 'act-yksityiset',
      name: {
        fi: 'Yksityiset palveluntuottajat',
        sv: 'Privata producenter',
        en: 'Private producers',
      },
      doc: 'Palvelusetelituottajat ja tavoitetilassa suoran valinnan sote-keskukset.',
      band: 'service-private',
      ref: 'yksityiset-tuottajat',
    },
    {
      key: 'act-jarjestot',
      name: { fi: 'Alueen sosiaali- ja terveysjärjestöt', en: 'Regional health and social NGOs' },
      doc: 'Neuvonta, vertaistuki ja vapaaehtoistoiminta.',
      band: 'service-third-sector',
      ref: 'jarjestot',
    },
    {
      key: 'act-asiakas',
      name: { fi: 'Asiakas', sv: 'Kund', en: 'Customer' },
      doc: 'Alueen asukas palvelujen käyttäjänä ja oman datansa hallitsijana.',
      band: 'service-own-data',
      ref: 'asiakas',
    },
    {
      key: 'act-ict',
      name: { fi: 'Alueellinen ICT-palveluyhtiö (in-house)', en: 'Regional in-house ICT company' },
      doc: 'Tuottaa perustietotekniikan, integraatiot ja hallinnon järjestelmien ylläpidon.',
      band: 'core',
    },
  ]);
  add(ctx, 'BusinessRole', 'toimijat', 'Rooli', [
    {
      key: 'rooli-jarjestaja',
      name: { fi: 'Järjestäjä', sv: 'Anordnare', en: 'Organiser' },
      doc: 'Järjestämisvastuu.',
      ref: 'rooli-jarjestaja',
    },
    {
      key: 'rooli-tuottaja',
      name: { fi: 'Palveluntuottaja', sv: 'Tjänsteproducent', en: 'Service producer' },
      doc: 'Palvelujen tuottaminen.',
      ref: 'rooli-tuottaja',
    },
  ]);
}

function addBusiness(ctx: Ctx): void {
  add(ctx, 'BusinessService', 'palvelut', 'Palvelu', [
    {
      key: 'palv-perusterveydenhuolto',
      name: { fi: 'Perusterveydenhuollon palvelut', sv: 'Primärvård', en: 'Primary health care' },
      doc: 'Terveysasemat, neuvolat ja vuodeosastot.',
      band: 'service-public',
      ref: 'palv-perustason-sote',
    },
    {
      key: 'palv-erikoissairaanhoito',
      name: { fi: 'Erikoissairaanhoito', sv: 'Specialiserad sjukvård', en: 'Specialised care' },
      doc: 'Keskussairaalan palvelut ja laaja päivystys.',
      band: 'service-public',
      ref: 'palv-erikoistason',
    },
    {
      key: 'palv-sosiaalipalvelut',
      name: { fi: 'Sosiaalipalvelut', sv: 'Socialtjänster', en: 'Social services' },
      doc: 'Aikuissosiaalityö, lastensuojelu ja vammaispalvelut.',
      band: 'service-public',
      ref: 'palv-perustason-sote',
    },
    {
      key: 'palv-kotihoito',
      name: { fi: 'Ikäihmisten kotihoito', en: 'Home care for older people' },
      doc: 'Kotiin annettavat palvelut.',
      band: 'service-public',
      ref: 'palv-perustason-sote',
    },
    {
      key: 'palv-pelastus',
      name: { fi: 'Pelastustoimen palvelut', sv: 'Räddningstjänster', en: 'Rescue services' },
      doc: 'Pelastustoiminta, valvonta ja neuvonta.',
      band: 'service-public',
      ref: 'palv-pelastustoimi',
    },
    {
      key: 'palv-aluekehitys',
      name: { fi: 'Aluekehitys ja rahoitus', en: 'Regional development and funding' },
      doc: 'Hankerahoitus ja aluekehittämisen ohjelmat.',
      band: 'service-public',
    },
    {
      key: 'palv-palveluseteli',
      name: {
        fi: 'Palvelusetelipalvelut',
        sv: 'Servicesedeltjänster',
        en: 'Service-voucher services',
      },
      doc: 'Yksityisten tuottajien palvelut palvelusetelillä.',
      band: 'service-private',
      ref: 'palv-asiakasseteli',
    },
    {
      key: 'palv-suora-valinta',
      only: 'target',
      name: { fi: 'Suoran valinnan sote-keskuspalvelut', en: 'Direct-choice health centres' },
      doc: 'Asiakas valitsee julkisen tai yksityisen sote-keskuksen.',
      band: 'service-private',
      ref: 'palv-suora-valinta',
    },
    {
      key: 'palv-vertaistuki',
      name: { fi: 'Järjestöjen neuvonta ja vertaistuki', en: 'NGO advice and peer support' },
      doc: 'Järjestöjen palvelut palveluketjun tukena.',
      band: 'service-third-sector',
      ref: 'palv-vertaistuki',
    },
    {
      key: 'palv-omahoito',
      only: 'target',
      name: { fi: 'Omahoito ja sähköinen oirearvio', en: 'Self-care and symptom checking' },
      doc: 'Asiakkaan itsepalvelu ja oman datan hyödyntäminen.',
      band: 'service-own-data',
      ref: 'palv-omahoito',
    },
  ]);
  add(ctx, 'BusinessProcess', 'prosessit', 'Prosessi', [
    {
      key: 'pr-vastaanotto',
      name: { fi: 'Vastaanottotoiminta', en: 'Outpatient appointments' },
      doc: 'Ajanvaraus, vastaanotto ja kirjaaminen.',
    },
    {
      key: 'pr-hoitojakso',
      name: { fi: 'Erikoissairaanhoidon hoitojakso', en: 'Specialised care episode' },
      doc: 'Lähetteestä hoitojakson päättymiseen.',
    },
    {
      key: 'pr-sosiaalityo',
      name: { fi: 'Sosiaalityön asiakasprosessi', en: 'Social work client process' },
      doc: 'Palvelutarpeen arvio, asiakassuunnitelma ja päätökset.',
    },
    {
      key: 'pr-kotihoito',
      name: { fi: 'Kotihoidon toteutus', en: 'Delivering home care' },
      doc: 'Käyntien suunnittelu ja toteutus.',
    },
    {
      key: 'pr-valvonta',
      name: { fi: 'Pelastustoimen valvonta', en: 'Fire safety inspection' },
      doc: 'Palotarkastukset ja onnettomuuksien ehkäisy.',
    },
    {
      key: 'pr-aluekehitys',
      name: { fi: 'Aluekehitysrahoituksen myöntäminen', en: 'Granting development funding' },
      doc: 'Haku, päätös, maksatus ja seuranta.',
    },
    {
      key: 'pr-talous-ja-hr',
      name: { fi: 'Talous- ja henkilöstöhallinto', en: 'Finance and HR' },
      doc: 'Tukiprosessi.',
    },
    {
      key: 'pr-asianhallinta',
      name: { fi: 'Asianhallinta ja päätöksenteko', en: 'Case management and decisions' },
      doc: 'Sähköinen päätöksenteko ja toimielintyöskentely.',
    },
    {
      key: 'pr-jarjestaminen',
      name: { fi: 'Palvelujen järjestäminen ja ohjaus', en: 'Organising and steering services' },
      doc: 'Palvelutarpeen, määrän ja laadun määrittely sekä tuottajien ohjaus.',
      ref: 'fn-jarjestaminen',
    },
  ]);
  add(ctx, 'DataObject', 'tiedot', 'Tietoryhmä', [
    {
      key: 'do-potilastiedot',
      name: { fi: 'Potilastiedot', sv: 'Patientuppgifter', en: 'Patient data' },
      doc: 'Potilasasiakirjat.',
      band: 'data',
      ref: 'do-potilastiedot',
    },
    {
      key: 'do-asiakastiedot',
      name: { fi: 'Sosiaalihuollon asiakastiedot', en: 'Social welfare client data' },
      doc: 'Sosiaalihuollon asiakasasiakirjat.',
      band: 'data',
      ref: 'do-potilastiedot',
    },
    {
      key: 'do-raportointi',
      name: { fi: 'Palvelupakettien raportointitiedot', en: 'Service-package reporting data' },
      doc: 'Järjestäjän ohjaustiedot.',
      band: 'data',
      ref: 'do-palvelupaketit',
    },
    {
      key: 'do-henkilosto',
      name: { fi: 'Henkilöstötiedot', en: 'Personnel data' },
      doc: 'Palvelussuhteet ja palkkaperusteet.',
      band: 'data',
    },
    {
      key: 'do-talous',
      name: { fi: 'Taloustiedot', en: 'Financial data' },
      doc: 'Kirjanpito ja laskutus.',
      band: 'data',
    },
  ]);
}

const AREA_PEOPLE: Record<string, [owner: string, responsible: string]> = {
  'Sote – asiakas- ja potilastieto': ['Terveyspalvelujen johtaja', 'Potilastietojärjestelmien pääkäyttäjä'],
  'Sote – tukijärjestelmät': ['Tukipalvelujen johtaja', 'Sovelluspääkäyttäjä'],
  'Talous- ja henkilöstöhallinto': ['Talousjohtaja', 'Taloushallinnon sovellusvastaava'],
  'Hallinto ja asianhallinta': ['Hallintojohtaja', 'Asianhallinnan pääkäyttäjä'],
  'Tiedolla johtaminen': ['Tietojohtaja', 'Tietovarastoarkkitehti'],
  'Sähköinen asiointi': ['Digipalvelujohtaja', 'Asiointipalvelujen tuoteomistaja'],
  Pelastustoimi: ['Pelastusjohtaja', 'Pelastustoimen järjestelmävastaava'],
  Aluekehitys: ['Aluekehitysjohtaja', 'Aluetietopalvelujen suunnittelija'],
  'Perustietotekniikka ja integraatiot': ['Tietohallintojohtaja', 'Integraatioarkkitehti'],
};

const CAPITAL = (s: string | undefined) => (s ? s[0].toUpperCase() + s.slice(1) : undefined);

/** Portfolio attribute values of one system in one state, by builder key. */
function portfolioProps(system: RegionSystem, state: SystemState): Record<string, string | number | undefined> {
  const i = REGION_SYSTEMS.indexOf(system);
  const saas = /SaaS/.test(system.supplier);
  const people = AREA_PEOPLE[system.area] ?? ['Tietohallintojohtaja', 'Järjestelmävastaava'];
  const retiring = state.transition === 'poistuva';
  const sote = system.area.startsWith('Sote');
  const age = 2024 - system.since;
  const plan: Record<string, Record<string, number>> = { costMaintenance: {} };
  for (let year = 2025; year <= (system.retires ?? 2028) && year <= 2028; year++)
    plan.costMaintenance[String(year)] = Math.round(state.cost * (retiring ? 0.8 : 1.03) ** (year - 2024));
  return {
    code: `PK-${String(i + 1).padStart(3, '0')}`,
    'system-type': saas ? 'Palvelu' : 'Tietojärjestelmä',
    domain: system.area,
    url: saas ? `https://${system.key}.pohjois-karjala.example.fi` : undefined,
    // A few systems still lack their responsible authority: the legal-minimum check shows them.
    'owning-organization': i % 9 === 8 ? undefined : system.owner,
    owner: `${people[0]}, ${system.owner}`,
    'responsible-person': people[1],
    deputy: i % 4 === 3 ? undefined : 'Sovellusasiantuntija',
    supplier: system.supplier,
    operator: saas ? system.supplier : 'Alueellinen ICT-palveluyhtiö (in-house)',
    'contract-end': `${system.retires ?? 2026 + (i % 4)}-12-31`,
    licence: saas ? 'SaaS-tilaus, käyttäjämäärään sidottu' : 'Organisaatiokohtainen käyttöoikeus',
    'lifecycle-state': state.lifecycle,
    'introduced-year': system.since,
    'retirement-year': system.retires,
    'technical-condition': age > 14 ? 'Huono' : age > 10 ? 'Tyydyttävä' : 'Hyvä',
    'development-needs': retiring
      ? 'Tiedot siirretään korvaavaan järjestelmään; arkistointi ratkaistava ennen poistoa.'
      : age > 10
        ? 'Käyttöliittymän uudistus ja rajapintojen avaaminen.'
        : undefined,
    transition: CAPITAL(state.transition),
    'internal-users': sote ? 'Sosiaali- ja terveydenhuollon ammattilaiset' : 'Hallinnon henkilöstö',
    'internal-user-count': system.criticality * 650 + ((i * 37) % 300),
    'external-users': system.area === 'Sähköinen asiointi' ? 'Asukkaat ja yritykset' : undefined,
    'service-hours': system.criticality >= 4 ? '24/7' : system.criticality === 3 ? 'Laajennettu (7–20)' : 'Virka-aika (8–16)',
    'cost-licence': Math.round(state.cost * 0.35),
    'cost-maintenance': state.cost,
    'cost-development': retiring ? 0 : Math.round(state.cost * 0.15),
    'cost-operation': Math.round(state.cost * 0.25),
    'costs-by-year': JSON.stringify(plan),
    criticality: system.criticality,
    'security-class': sote ? 'Salassa pidettävä' : 'Julkinen',
    confidentiality: sote ? 'Korkea' : 'Normaali',
    integrity: system.criticality >= 4 ? 'Korkea' : 'Normaali',
    availability: system.criticality === 5 ? 'Korkea' : 'Normaali',
    preparedness: system.criticality === 5 ? 'Korkea' : system.criticality === 4 ? 'Korotettu' : 'Perus',
  };
}

/** How data moves on a flow between systems; conversions are left open (the check flags them). */
function transferMethod(target: string, content: string): string | undefined {
  if (content.includes('konversio')) return undefined;
  if (target === 'nat-kanta') return 'HL7 / FHIR';
  if (target === 'app-integraatioalusta') return 'Viestijono';
  if (target === 'app-tietovarasto' || target === 'app-tietojohtaminen') return 'Tiedostonsiirto (SFTP)';
  return 'REST-rajapinta';
}

function systemsIn(state: RegionState): { system: RegionSystem; at: SystemState }[] {
  return REGION_SYSTEMS.flatMap((system) => {
    const at = state === 'current' ? system.current : system.target;
    return at === undefined ? [] : [{ system, at }];
  });
}

function addSystems(ctx: Ctx): void {
  for (const { system, at } of systemsIn(ctx.state)) {
    ctx.b.element({
      key: `app-${system.key}`,
      type: 'ApplicationComponent',
      name: system.name,
      doc: system.doc,
      specialization: 'Tietojärjestelmä',
      folder: 'salkku',
      props: portfolioProps(system, at),
      band: system.band ?? AREA_BAND[system.area],
      ref: system.ref === undefined ? undefined : refId(system.ref),
    });
  }
  for (const national of NATIONAL_SYSTEMS) {
    ctx.b.element({
      key: `nat-${national.key}`,
      type: national.type,
      name: national.name,
      doc: 'Kansallinen palvelu, jota alue käyttää; kuvattu viitearkkitehtuurissa.',
      specialization: national.specialization,
      folder: 'kansalliset',
      props: {
        'system-type': 'Palvelu',
        domain: 'Kansalliset palvelut',
        'lifecycle-state': 'Tuotannossa',
        'owning-organization': national.owner,
        owner: national.owner,
        'service-hours': '24/7',
        criticality: 5,
      },
      band: national.band,
      ref: refId(national.ref),
    });
  }
}

function addBusinessRelationships(ctx: Ctx): void {
  const { b, state } = ctx;
  const organiser = state === 'current' ? 'act-siun-sote' : 'act-maakunta';
  const producer = state === 'current' ? 'act-siun-sote' : 'act-palvelulaitos';
  const council = state === 'current' ? 'act-maakuntaliitto' : 'act-maakunta';
  b.rel('Assignment', organiser, 'rooli-jarjestaja');
  b.rel('Assignment', producer, 'rooli-tuottaja');
  b.rel('Assignment', 'act-yksityiset', 'rooli-tuottaja');
  b.rel('Assignment', 'act-pelastuslaitos', 'rooli-tuottaja');
  b.rel('Assignment', 'rooli-jarjestaja', 'pr-jarjestaminen');
  for (const process of ['pr-vastaanotto', 'pr-hoitojakso', 'pr-sosiaalityo', 'pr-kotihoito']) {
    b.rel('Assignment', 'rooli-tuottaja', process);
  }
  b.rel('Assignment', 'act-pelastuslaitos', 'pr-valvonta');
  b.rel('Assignment', council, 'pr-aluekehitys');
  b.rel('Assignment', council, 'pr-asianhallinta');
  b.rel('Assignment', organiser, 'pr-talous-ja-hr');
  if (state === 'target') {
    b.rel('Composition', 'act-maakunta', 'act-palvelulaitos');
    b.rel('Composition', 'act-palvelulaitos', 'act-pelastuslaitos');
    b.rel('Flow', 'act-maakunta', 'act-yksityiset', { name: { fi: 'sopimus ja korvaus' } });
    b.rel('Association', 'act-vimana', 'act-maakunta', {
      name: { fi: 'palvelee' },
      isDirected: true,
    });
  } else {
    b.rel('Association', 'act-ely', 'act-maakuntaliitto', {
      name: { fi: 'siirtyvät tehtävät' },
      isDirected: true,
    });
  }

  const realize = (s: string, t: string) => b.rel('Realization', s, t);
  realize('pr-vastaanotto', 'palv-perusterveydenhuolto');
  realize('pr-hoitojakso', 'palv-erikoissairaanhoito');
  realize('pr-sosiaalityo', 'palv-sosiaalipalvelut');
  realize('pr-kotihoito', 'palv-kotihoito');
  realize('pr-valvonta', 'palv-pelastus');
  realize('pr-aluekehitys', 'palv-aluekehitys');

  const customerServices = [
    'palv-perusterveydenhuolto',
    'palv-erikoissairaanhoito',
    'palv-sosiaalipalvelut',
    'palv-kotihoito',
    'palv-pelastus',
    'palv-palveluseteli',
    'palv-vertaistuki',
  ];
  if (state === 'target') customerServices.push('palv-suora-valinta', 'palv-omahoito');
  for (const service of customerServices) b.rel('Serving', service, 'act-asiakas');
  b.rel('Serving', 'palv-aluekehitys', 'act-kunnat');

  const offers = (s: string, t: string) =>
    b.rel('Association', s, t, { name: { fi: 'tarjoaa' }, isDirected: true });
  offers('act-yksityiset', 'palv-palveluseteli');
  offers('act-jarjestot', 'palv-vertaistuki');
  if (state === 'target') offers('act-yksityiset', 'palv-suora-valinta');
  b.rel('Triggering', 'pr-vastaanotto', 'pr-hoitojakso', { name: { fi: 'lähete' } });
  b.rel('Triggering', 'pr-hoitojakso', 'pr-kotihoito', { name: { fi: 'kotiutus' } });
  b.rel('Flow', 'pr-sosiaalityo', 'pr-kotihoito', { name: { fi: 'palvelupäätös' } });
}

function addSystemRelationships(ctx: Ctx): void {
  const { b, state } = ctx;
  for (const { system } of systemsIn(state)) {
    for (const process of system.serves) b.rel('Serving', `app-${system.key}`, process);
  }

  const access = (s: string, t: string, accessType: 'Read' | 'Write' | 'ReadWrite') => {
    if (b.has(s)) b.rel('Access', s, t, { accessType });
  };
  for (const ptj of ['app-ptj-perus', 'app-ptj-erikois', 'app-ptj-suun', 'app-aptj']) {
    access(ptj, 'do-potilastiedot', 'ReadWrite');
  }
  access('app-sos-atj', 'do-asiakastiedot', 'ReadWrite');
  access('app-aptj', 'do-asiakastiedot', 'ReadWrite');
  access('app-tietovarasto', 'do-raportointi', 'Write');
  access('app-tietojohtaminen', 'do-raportointi', 'Write');
  access('app-jarjestaminen', 'do-raportointi', 'Read');
  access('app-talous', 'do-talous', 'ReadWrite');
  access('app-hr', 'do-henkilosto', 'ReadWrite');
  access('app-palkat', 'do-henkilosto', 'Read');
  access('nat-kanta', 'do-potilastiedot', 'Read');

  const flows: [string, string, string][] =
    state === 'current'
      ? [
          ['app-ptj-perus', 'nat-kanta', 'potilasasiakirjat'],
          ['app-ptj-erikois', 'nat-kanta', 'potilasasiakirjat'],
          ['app-ptj-suun', 'nat-kanta', 'potilasasiakirjat'],
          ['app-sos-atj', 'nat-kanta', 'asiakasasiakirjat'],
          ['app-laboratorio', 'app-ptj-perus', 'tulokset'],
          ['app-laboratorio', 'app-ptj-erikois', 'tulokset'],
          ['app-kuvantaminen', 'app-ptj-erikois', 'lausunnot'],
          ['app-ensihoito', 'app-ptj-erikois', 'ensihoitokertomus'],
          ['app-ajanvaraus', 'app-ptj-perus', 'ajanvaraukset'],
          ['app-kotihoito', 'app-ptj-perus', 'käyntikirjaukset'],
          ['app-ptj-perus', 'app-tietovarasto', 'suoritetiedot'],
          ['app-ptj-erikois', 'app-tietovarasto', 'suoritetiedot'],
          ['app-sos-atj', 'app-tietovarasto', 'asiakasmäärät'],
          ['app-hr', 'app-palkat', 'palkkaperusteet'],
          ['app-palkat', 'app-talous', 'palkkakirjaukset'],
          ['app-ptj-perus', 'app-integraatioalusta', 'sanomat'],
          ['app-ptj-erikois', 'app-integraatioalusta', 'sanomat'],
        ]
      : [
          ['app-aptj', 'nat-kanta', 'potilas- ja asiakasasiakirjat'],
          ['app-ptj-perus', 'app-aptj', 'tietojen konversio'],
          ['app-sos-atj', 'app-aptj', 'tietojen konversio'],
          ['app-laboratorio', 'app-aptj', 'tulokset'],
          ['app-kuvantaminen', 'app-aptj', 'lausunnot'],
          ['app-ensihoito', 'app-aptj', 'ensihoitokertomus'],
          ['app-kotihoito', 'app-aptj', 'käyntikirjaukset'],
          ['app-asiointi', 'app-aptj', 'ajanvaraukset ja viestit'],
          ['app-aptj', 'app-tietojohtaminen', 'suoritetiedot'],
          ['app-jarjestaminen', 'app-tietojohtaminen', 'sopimus- ja korvaustiedot'],
          ['app-asiakkuudenhallinta', 'app-tietojohtaminen', 'asiakkuustiedot'],
          ['app-hr', 'app-talous', 'palkkakirjaukset'],
          ['app-aptj', 'app-integraatioalusta', 'sanomat'],
          ['app-asiakkuudenhallinta', 'app-asiointi', 'asiakasprofiili'],
        ];
  for (const [s, t, fi] of flows)
    b.rel('Flow', s, t, { name: { fi }, props: { 'transfer-method': transferMethod(t, fi) } });

  const serves = (s: string, t: string) => {
    const viaBus = s === 'nat-vtj' || s === 'nat-palveluvayla';
    const props = viaBus ? { 'transfer-method': 'Suomi.fi-palveluväylä' } : t.startsWith('app-') ? { 'transfer-method': 'REST-rajapinta' } : {};
    if (b.has(s) && b.has(t)) b.rel('Serving', s, t, { props });
  };
  serves('nat-tunnistus', 'app-ajanvaraus');
  serves('nat-tunnistus', 'app-asiointi');
  serves('nat-valtuudet', 'app-asiointi');
  serves('nat-tunnistus', 'nat-omakanta');
  serves('nat-omakanta', 'act-asiakas');
  serves('app-asiointi', 'act-asiakas');
  serves('app-ajanvaraus', 'act-asiakas');
  serves('nat-vtj', 'app-ptj-perus');
  serves('nat-vtj', 'app-sos-atj');
  serves('nat-vtj', 'app-aptj');
  serves('nat-vtj', 'app-asiakkuudenhallinta');
  serves('nat-palveluvayla', 'app-integraatioalusta');
  serves('app-kvh', 'app-aptj');
  serves('app-kvh', 'app-asiointi');
  serves('app-kvh-paikallinen', 'app-ptj-perus');
  b.rel('Association', 'nat-kanta', 'nat-omakanta');
}

function addCurrentAssessments(b: ModelBuilder): void {
  const assessments: [string, string, string, string[]][] = [
    [
      'arvio-hajanaisuus',
      'Sote-tietojärjestelmät ovat hajanaisia ja päällekkäisiä',
      'Neljä erillistä asiakas- ja potilastietojärjestelmää; tiedot eivät seuraa asiakasta palveluketjussa.',
      ['app-ptj-perus', 'app-ptj-erikois', 'app-ptj-suun', 'app-sos-atj'],
    ],
    [
      'arvio-valinnanvapaus',
      'Riski: liittyminen valinnanvapauden ja Kelan tiedonhallintapalveluihin',
      'Aikataulu ja kustannukset nähtiin alueen merkittävimpinä riskeinä.',
      ['app-ptj-perus', 'app-integraatioalusta'],
    ],
    [
      'arvio-resurssit',
      'Riski: toimittajien ja omien henkilöresurssien riittävyys',
      'Ohjelmistotoimittajien ja oman henkilöstön riittävyys toimeenpanossa.',
      ['act-ict'],
    ],
  ];
  for (const [key, fi, doc, targets] of assessments) {
    b.element({ key, type: 'Assessment', name: { fi }, doc, folder: 'motivaatio' });
    for (const target of targets) b.rel('Association', key, target);
  }
}

function addTargetImplementation(b: ModelBuilder): void {
  const plateaus: [string, string, string][] = [
    [
      'plateau-2019',
      'Nykytila 2019',
      'Lähtötilanne: erilliset sote-järjestelmät ja organisaatiokohtaiset tukijärjestelmät.',
    ],
    [
      'plateau-2021',
      'Siirtymävaihe 2021',
      'Maakunta aloittaa; yhteiset hallinnon palvelut käyttöön, APTJ käyttöönotossa.',
    ],
    [
      'plateau-2023',
      'Tavoitetila 2023',
      'Yksi asiakas- ja potilastietojärjestelmä, järjestäjän tietojohtaminen ja asiakkuudenhallinta.',
    ],
  ];
  for (const [key, fi, doc] of plateaus) {
    b.element({ key, type: 'Plateau', name: { fi }, doc, folder: 'toteutus' });
  }
  b.rel('Triggering', 'plateau-2019', 'plateau-2021');
  b.rel('Triggering', 'plateau-2021', 'plateau-2023');
  for (const system of [
    'app-aptj',
    'app-tietojohtaminen',
    'app-asiakkuudenhallinta',
    'app-jarjestaminen',
  ]) {
    b.rel('Aggregation', 'plateau-2023', system);
  }
  for (const system of ['app-asianhallinta', 'app-kvh', 'app-viestintaymparisto', 'app-asiointi']) {
    b.rel('Aggregation', 'plateau-2021', system);
  }
  b.element({
    key: 'gap-aptj',
    type: 'Gap',
    name: { fi: 'Asiakas- ja potilastiedon pirstaleisuus' },
    doc: 'Nykytilan erilliset järjestelmät korvataan yhdellä järjestelmällä.',
    folder: 'toteutus',
  });
  b.rel('Association', 'gap-aptj', 'plateau-2019');
  b.rel('Association', 'gap-aptj', 'plateau-2023');

  const projects: [string, string, string, string[]][] = [
    [
      'hk-aptj',
      'Asiakas- ja potilastietojärjestelmän uudistus (APTJ)',
      'Kilpailutus ja käyttöönotto vaiheittain; nykyisten järjestelmien tietojen konversio.',
      ['app-aptj'],
    ],
    [
      'hk-tietojohtaminen',
      'Järjestäjän tietojohtaminen',
      'Tietoallas ja palvelupakettiraportointi kansallisen järjestämisen tietomallin mukaan.',
      ['app-tietojohtaminen', 'app-jarjestaminen'],
    ],
    [
      'hk-asiakkuus',
      'Asiakkuudenhallinta ja sähköinen asiointi',
      'Asiakkuudenhallinnan ja asiointipalvelun käyttöönotto.',
      ['app-asiakkuudenhallinta', 'app-asiointi'],
    ],
    [
      'hk-tukijarjestelmat',
      'Hallinnon tukijärjestelmien yhtenäistäminen',
      'Asianhallinta, KVH ja viestintäympäristö yhteisinä palveluina; palkanlaskenta HR-järjestelmään.',
      ['app-asianhallinta', 'app-kvh', 'app-viestintaymparisto'],
    ],
  ];
  for (const [key, fi, doc, realises] of projects) {
    b.element({
      key,
      type: 'WorkPackage',
      name: { fi },
      doc,
      specialization: 'Hanke',
      folder: 'hankkeet',
    });
    for (const system of realises) b.rel('Realization', key, system);
  }
  b.rel('Assignment', 'act-maakunta', 'hk-aptj');
  b.rel('Assignment', 'act-maakunta', 'hk-tietojohtaminen');
  b.rel('Assignment', 'act-vimana', 'hk-tukijarjestelmat');
  b.rel('Assignment', 'act-maakunta', 'hk-asiakkuus');
  b.rel('Triggering', 'hk-tukijarjestelmat', 'hk-aptj');
}

export const REGION_PREFIX: Record<RegionState, string> = {
  current: 'pk-nyky',
  target: 'pk-tavo',
};

/** Pohjois-Karjala's own architecture, based on the reference model, in one state. */
export function buildRegionModel(state: RegionState): ModelDocument {
  const b = new ModelBuilder(
    REGION_PREFIX[state],
    state === 'current'
      ? {
          fi: 'Pohjois-Karjala – nykytila',
          sv: 'Norra Karelen – nuläge',
          en: 'North Karelia – current state',
        }
      : {
          fi: 'Pohjois-Karjala – tavoitetila',
          sv: 'Norra Karelen – målläge',
          en: 'North Karelia – target state',
        },
    {
      fi:
        state === 'current'
          ? 'Alueen toimijat, palvelut ja tietojärjestelmäsalkku ennen maakunnan aloittamista; järjestelmät luokiteltu siirtyviin, poistuviin ja säilyviin.'
          : 'Maakunnan tavoitearkkitehtuuri: yksi asiakas- ja potilastietojärjestelmä, järjestäjän tietojohtaminen, asiakkuudenhallinta ja yhteiset hallinnon palvelut.',
    },
  );
  const ctx: Ctx = { b, state };
  addFolders(b, state);
  addPropertyDefinitions(b);
  addActors(ctx);
  addBusiness(ctx);
  addSystems(ctx);
  addBusinessRelationships(ctx);
  addSystemRelationships(ctx);
  if (state === 'current') addCurrentAssessments(b);
  else addTargetImplementation(b);
  return b.build();
}
