import type { LangMap } from '@kartasto/metamodel';
import type { EcosystemBand } from './ecosystem-bands';

export type Lifecycle =
  'Suunnitteilla' | 'Kehityksessä' | 'Tuotannossa' | 'Poistumassa' | 'Poistunut';
export type Transition = 'siirtyvä' | 'poistuva' | 'säilyvä';

/** How one system looks in one state of the region's architecture. */
export interface SystemState {
  lifecycle: Lifecycle;
  transition?: Transition;
  /** Yearly running cost, euros. */
  cost: number;
}

/** One row of the region's system portfolio (tietojärjestelmäsalkku). */
export interface RegionSystem {
  key: string;
  name: LangMap;
  doc: string;
  area: string;
  owner: string;
  supplier: string;
  criticality: 1 | 2 | 3 | 4 | 5;
  since: number;
  retires?: number;
  band?: EcosystemBand;
  /** Key of the reference-model element the system realises. */
  ref?: string;
  /** Region process keys the system serves. */
  serves: string[];
  current?: SystemState;
  target?: SystemState;
}

const SOTE = 'Sote – asiakas- ja potilastieto';
const SOTE_SUPPORT = 'Sote – tukijärjestelmät';
const ADMIN = 'Talous- ja henkilöstöhallinto';
const CASES = 'Hallinto ja asianhallinta';
const BI = 'Tiedolla johtaminen';
const ESERVICE = 'Sähköinen asiointi';
const RESCUE = 'Pelastustoimi';
const REGIONAL = 'Aluekehitys';
const BASE = 'Perustietotekniikka ja integraatiot';

/**
 * Default ecosystem band per system area: producers' own solutions sit in the public service
 * layer, the organiser's administrative solutions in the shared core, record systems and
 * reporting in the data layer (as the reform's layered picture places them).
 */
export const AREA_BAND: Record<string, EcosystemBand> = {
  [SOTE]: 'data',
  [SOTE_SUPPORT]: 'service-public',
  [ADMIN]: 'core',
  [CASES]: 'core',
  [BI]: 'data',
  [ESERVICE]: 'service-public',
  [RESCUE]: 'service-public',
  [REGIONAL]: 'core',
  [BASE]: 'core',
};

const SOTE_ORG = 'Siun sote';
const REGION = 'Pohjois-Karjalan maakunta';
const LIITTO = 'Pohjois-Karjalan maakuntaliitto';
const RESCUE_ORG = 'Pohjois-Karjalan pelastuslaitos';
const INHOUSE = 'Alueellinen ICT-palveluyhtiö (in-house)';

/**
 * The regional portfolio in both states. Current-state rows carry the transition class the
 * reform asked regions to identify (siirtyvät ja poistuvat järjestelmät); the target state
 * consolidates client and patient records into one system and replaces local tools with
 * the shared national services.
 */
export const REGION_SYSTEMS: readonly RegionSystem[] = [
  {
    key: 'ptj-perus',
    name: {
      fi: 'Perusterveydenhuollon potilastietojärjestelmä',
      en: 'Primary care patient record system',
    },
    doc: 'Terveysasemien vastaanottojen ja vuodeosastojen potilaskertomus.',
    area: SOTE,
    owner: SOTE_ORG,
    supplier: 'Potilastietojärjestelmätoimittaja (puitesopimus)',
    criticality: 5,
    since: 2009,
    retires: 2023,
    band: 'data',
    ref: 'tuottajien-ptj',
    serves: ['pr-vastaanotto', 'pr-kotihoito'],
    current: { lifecycle: 'Tuotannossa', transition: 'poistuva', cost: 820000 },
    target: { lifecycle: 'Poistumassa', transition: 'poistuva', cost: 640000 },
  },
  {
    key: 'ptj-erikois',
    name: {
      fi: 'Erikoissairaanhoidon potilastietojärjestelmä',
      en: 'Specialised care patient record system',
    },
    doc: 'Keskussairaalan potilaskertomus, osastot ja poliklinikat.',
    area: SOTE,
    owner: SOTE_ORG,
    supplier: 'Potilastietojärjestelmätoimittaja (puitesopimus)',
    criticality: 5,
    since: 2004,
    retires: 2022,
    band: 'data',
    ref: 'tuottajien-ptj',
    serves: ['pr-hoitojakso'],
    current: { lifecycle: 'Tuotannossa', transition: 'poistuva', cost: 1450000 },
  },
  {
    key: 'ptj-suun',
    name: { fi: 'Suun terveydenhuollon potilastietojärjestelmä', en: 'Dental care record system' },
    doc: 'Hammashoitoloiden erillinen potilastietojärjestelmä.',
    area: SOTE,
    owner: SOTE_ORG,
    supplier: 'Erikoistunut ohjelmistotoimittaja',
    criticality: 3,
    since: 2011,
    retires: 2021,
    band: 'data',
    ref: 'tuottajien-ptj',
    serves: ['pr-vastaanotto'],
    current: { lifecycle: 'Poistumassa', transition: 'poistuva', cost: 160000 },
  },
  {
    key: 'sos-atj',
    name: { fi: 'Sosiaalihuollon asiakastietojärjestelmä', en: 'Social welfare client system' },
    doc: 'Aikuissosiaalityön, lastensuojelun ja vammaispalvelujen asiakastiedot.',
    area: SOTE,
    owner: SOTE_ORG,
    supplier: 'Asiakastietojärjestelmätoimittaja (puitesopimus)',
    criticality: 4,
    since: 2012,
    retires: 2023,
    band: 'data',
    ref: 'tuottajien-ptj',
    serves: ['pr-sosiaalityo'],
    current: { lifecycle: 'Tuotannossa', transition: 'poistuva', cost: 540000 },
    target: { lifecycle: 'Poistumassa', transition: 'poistuva', cost: 420000 },
  },
  {
    key: 'ensihoito',
    name: { fi: 'Ensihoidon sähköinen potilaskertomus', en: 'Emergency care record' },
    doc: 'Ensihoitoyksiköiden mobiili kirjaus, tiedot siirtyvät päivystykseen.',
    area: SOTE_SUPPORT,
    owner: SOTE_ORG,
    supplier: 'Ensihoitojärjestelmätoimittaja',
    criticality: 5,
    since: 2016,
    serves: ['pr-hoitojakso'],
    current: { lifecycle: 'Tuotannossa', transition: 'säilyvä', cost: 120000 },
    target: { lifecycle: 'Tuotannossa', transition: 'säilyvä', cost: 125000 },
  },
  {
    key: 'laboratorio',
    name: { fi: 'Laboratoriotietojärjestelmä', en: 'Laboratory information system' },
    doc: 'Näytteiden tilaus, käsittely ja tulokset.',
    area: SOTE_SUPPORT,
    owner: SOTE_ORG,
    supplier: 'Laboratoriojärjestelmätoimittaja',
    criticality: 4,
    since: 2013,
    serves: ['pr-vastaanotto', 'pr-hoitojakso'],
    current: { lifecycle: 'Tuotannossa', transition: 'säilyvä', cost: 210000 },
    target: { lifecycle: 'Tuotannossa', transition: 'säilyvä', cost: 210000 },
  },
  {
    key: 'kuvantaminen',
    name: {
      fi: 'Kuvantamisen tieto- ja arkistojärjestelmä',
      en: 'Imaging information and archive system',
    },
    doc: 'Radiologian tutkimusten ohjaus ja kuva-arkisto.',
    area: SOTE_SUPPORT,
    owner: SOTE_ORG,
    supplier: 'Kuvantamisjärjestelmätoimittaja',
    criticality: 4,
    since: 2010,
    serves: ['pr-hoitojakso'],
    current: { lifecycle: 'Tuotannossa', transition: 'säilyvä', cost: 380000 },
    target: { lifecycle: 'Tuotannossa', transition: 'säilyvä', cost: 360000 },
  },
  {
    key: 'ajanvaraus',
    name: { fi: 'Ajanvaraus- ja asiointijärjestelmä', en: 'Appointment booking system' },
    doc: 'Terveysasemien verkkoajanvaraus ja tekstiviestimuistutukset.',
    area: ESERVICE,
    owner: SOTE_ORG,
    supplier: 'Ohjelmistotoimittaja (SaaS)',
    criticality: 3,
    since: 2014,
    retires: 2021,
    band: 'service-public',
    ref: 'maakunnan-asiointi',
    serves: ['pr-vastaanotto'],
    current: { lifecycle: 'Tuotannossa', transition: 'poistuva', cost: 140000 },
  },
  {
    key: 'kotihoito',
    name: { fi: 'Kotihoidon toiminnanohjausjärjestelmä', en: 'Home care workforce management' },
    doc: 'Kotihoidon käyntien suunnittelu, reititys ja mobiilikirjaus.',
    area: SOTE_SUPPORT,
    owner: SOTE_ORG,
    supplier: 'Toiminnanohjausjärjestelmätoimittaja',
    criticality: 3,
    since: 2015,
    serves: ['pr-kotihoito'],
    current: { lifecycle: 'Tuotannossa', transition: 'säilyvä', cost: 190000 },
    target: { lifecycle: 'Tuotannossa', transition: 'säilyvä', cost: 190000 },
  },
  {
    key: 'talous',
    name: {
      fi: 'Taloushallinnon järjestelmä',
      sv: 'Ekonomiförvaltningssystem',
      en: 'Financial management system',
    },
    doc: 'Kirjanpito, ostoreskontra, myyntilaskutus ja budjetointi.',
    area: ADMIN,
    owner: SOTE_ORG,
    supplier: INHOUSE,
    criticality: 4,
    since: 2008,
    serves: ['pr-talous-ja-hr'],
    current: { lifecycle: 'Tuotannossa', transition: 'siirtyvä', cost: 260000 },
    target: { lifecycle: 'Tuotannossa', transition: 'siirtyvä', cost: 280000 },
  },
  {
    key: 'hr',
    name: {
      fi: 'Henkilöstöhallinnon järjestelmä',
      sv: 'Personalförvaltningssystem',
      en: 'HR system',
    },
    doc: 'Henkilöstötiedot, työvuorosuunnittelu ja osaamisen hallinta.',
    area: ADMIN,
    owner: SOTE_ORG,
    supplier: INHOUSE,
    criticality: 4,
    since: 2010,
    serves: ['pr-talous-ja-hr'],
    current: { lifecycle: 'Tuotannossa', transition: 'siirtyvä', cost: 230000 },
    target: { lifecycle: 'Tuotannossa', transition: 'siirtyvä', cost: 300000 },
  },
  {
    key: 'palkat',
    name: { fi: 'Palkanlaskentajärjestelmä', en: 'Payroll system' },
    doc: 'Erillinen palkanlaskenta; yhdistetään henkilöstöhallinnon järjestelmään.',
    area: ADMIN,
    owner: SOTE_ORG,
    supplier: INHOUSE,
    criticality: 4,
    since: 2006,
    retires: 2021,
    serves: ['pr-talous-ja-hr'],
    current: { lifecycle: 'Tuotannossa', transition: 'poistuva', cost: 110000 },
  },
  {
    key: 'asianhallinta-sote',
    name: { fi: 'Kuntayhtymän asianhallintajärjestelmä', en: 'Joint authority case management' },
    doc: 'Diaarit, asiakirjat ja toimielinten päätöksenteko.',
    area: CASES,
    owner: SOTE_ORG,
    supplier: 'Asianhallintatoimittaja',
    criticality: 3,
    since: 2012,
    retires: 2021,
    serves: ['pr-asianhallinta'],
    current: { lifecycle: 'Tuotannossa', transition: 'poistuva', cost: 70000 },
  },
  {
    key: 'asianhallinta-liitto',
    name: { fi: 'Maakuntaliiton asianhallintajärjestelmä', en: 'Regional council case management' },
    doc: 'Maakuntaliiton diaarit ja kokoushallinta.',
    area: CASES,
    owner: LIITTO,
    supplier: 'Asianhallintatoimittaja',
    criticality: 2,
    since: 2009,
    retires: 2021,
    serves: ['pr-asianhallinta'],
    current: { lifecycle: 'Tuotannossa', transition: 'poistuva', cost: 35000 },
  },
  {
    key: 'tietovarasto',
    name: { fi: 'Sote-tietovarasto ja raportointi', en: 'Health and social care data warehouse' },
    doc: 'Kuukausiraportointi lähdejärjestelmistä; ei palvelupakettitason tietoa.',
    area: BI,
    owner: SOTE_ORG,
    supplier: INHOUSE,
    criticality: 3,
    since: 2013,
    retires: 2022,
    band: 'data',
    ref: 'tietoallas',
    serves: ['pr-jarjestaminen'],
    current: { lifecycle: 'Tuotannossa', transition: 'poistuva', cost: 180000 },
  },
  {
    key: 'pelastus-valvonta',
    name: {
      fi: 'Pelastustoimen paikallinen valvontajärjestelmä',
      en: 'Local fire inspection system',
    },
    doc: 'Palotarkastusten suunnittelu ja kirjaus; korvataan kansallisella valvontasovelluksella.',
    area: RESCUE,
    owner: RESCUE_ORG,
    supplier: 'Pienohjelmistotoimittaja',
    criticality: 3,
    since: 2007,
    retires: 2021,
    band: 'service-public',
    ref: 'pelastustoimen-jarjestelmat',
    serves: ['pr-valvonta'],
    current: { lifecycle: 'Poistumassa', transition: 'poistuva', cost: 45000 },
  },
  {
    key: 'kvh-paikallinen',
    name: { fi: 'Paikallinen käyttövaltuushallinta', en: 'Local access management' },
    doc: 'Käyttäjätunnukset ja roolit organisaatiokohtaisesti.',
    area: BASE,
    owner: SOTE_ORG,
    supplier: INHOUSE,
    criticality: 3,
    since: 2014,
    retires: 2021,
    serves: ['pr-talous-ja-hr'],
    current: { lifecycle: 'Tuotannossa', transition: 'poistuva', cost: 60000 },
  },
  {
    key: 'intranet',
    name: { fi: 'Intranet ja työtilat', en: 'Intranet and workspaces' },
    doc: 'Sisäinen viestintä ja ryhmätyö; korvataan digitaalisella viestintäympäristöllä.',
    area: BASE,
    owner: SOTE_ORG,
    supplier: INHOUSE,
    criticality: 2,
    since: 2012,
    retires: 2020,
    serves: ['pr-asianhallinta'],
    current: { lifecycle: 'Tuotannossa', transition: 'poistuva', cost: 50000 },
  },
  {
    key: 'hankinta',
    name: {
      fi: 'Hankinta- ja sopimushallinnan järjestelmä',
      en: 'Procurement and contract management',
    },
    doc: 'Kilpailutukset, sopimukset ja tilaukset; laajennetaan järjestäjän sopimusohjaukseen.',
    area: CASES,
    owner: SOTE_ORG,
    supplier: 'Ohjelmistotoimittaja (SaaS)',
    criticality: 3,
    since: 2015,
    serves: ['pr-jarjestaminen'],
    current: { lifecycle: 'Tuotannossa', transition: 'siirtyvä', cost: 65000 },
    target: { lifecycle: 'Tuotannossa', transition: 'siirtyvä', cost: 80000 },
  },
  {
    key: 'integraatioalusta',
    name: { fi: 'Alueellinen integraatioalusta', en: 'Regional integration platform' },
    doc: 'Järjestelmien väliset sanomat ja rajapinnat; liityntä palveluväylään.',
    area: BASE,
    owner: SOTE_ORG,
    supplier: INHOUSE,
    criticality: 5,
    since: 2011,
    band: 'service-bus',
    ref: 'palveluvayla',
    serves: ['pr-vastaanotto'],
    current: { lifecycle: 'Tuotannossa', transition: 'säilyvä', cost: 150000 },
    target: { lifecycle: 'Tuotannossa', transition: 'säilyvä', cost: 170000 },
  },
  {
    key: 'aluekehitys',
    name: {
      fi: 'Aluekehitysrahoituksen hallintajärjestelmä',
      en: 'Regional development funding system',
    },
    doc: 'Hankerahoituksen haku, päätökset ja maksatus.',
    area: REGIONAL,
    owner: LIITTO,
    supplier: 'Valtion yhteinen palvelu',
    criticality: 2,
    since: 2015,
    serves: ['pr-aluekehitys'],
    current: { lifecycle: 'Tuotannossa', transition: 'siirtyvä', cost: 30000 },
    target: { lifecycle: 'Tuotannossa', transition: 'siirtyvä', cost: 30000 },
  },
  // New in the target state.
  {
    key: 'aptj',
    name: {
      fi: 'Maakunnan asiakas- ja potilastietojärjestelmä',
      en: 'Regional client and patient record system',
    },
    doc: 'Yhtenäinen sosiaalihuollon, perusterveydenhuollon ja erikoissairaanhoidon järjestelmä, joka korvaa nykyiset erilliset järjestelmät.',
    area: SOTE,
    owner: REGION,
    supplier: 'Kilpailutettava järjestelmätoimittaja',
    criticality: 5,
    since: 2021,
    band: 'data',
    ref: 'tuottajien-ptj',
    serves: ['pr-vastaanotto', 'pr-hoitojakso', 'pr-sosiaalityo', 'pr-kotihoito'],
    target: { lifecycle: 'Kehityksessä', cost: 2600000 },
  },
  {
    key: 'asiakkuudenhallinta',
    name: {
      fi: 'Maakunnan asiakkuudenhallintajärjestelmä',
      en: 'Regional customer management system',
    },
    doc: 'Kokonaiskuva asiakkaista ja palveluketjuista kaikissa maakunnan tehtävissä.',
    area: SOTE_SUPPORT,
    owner: REGION,
    supplier: 'Vimana Oy (yhteinen palvelu)',
    criticality: 4,
    since: 2021,
    band: 'core',
    ref: 'asiakkuudenhallinta',
    serves: ['pr-jarjestaminen', 'pr-sosiaalityo'],
    target: { lifecycle: 'Suunnitteilla', cost: 300000 },
  },
  {
    key: 'tietojohtaminen',
    name: {
      fi: 'Järjestäjän tietojohtamisen alusta',
      en: "Organiser's knowledge management platform",
    },
    doc: 'Tietoallas, palvelupakettitason raportointi ja analytiikka järjestäjälle.',
    area: BI,
    owner: REGION,
    supplier: INHOUSE,
    criticality: 4,
    since: 2020,
    band: 'data',
    ref: 'tietoallas',
    serves: ['pr-jarjestaminen'],
    target: { lifecycle: 'Kehityksessä', cost: 420000 },
  },
  {
    key: 'asiointi',
    name: { fi: 'Maakunnan sähköisen asioinnin palvelu', en: 'Regional e-service portal' },
    doc: 'Ajanvaraus, viestit ja lomakkeet yhdessä palvelussa Suomi.fi-tunnistuksella.',
    area: ESERVICE,
    owner: REGION,
    supplier: 'Ohjelmistotoimittaja (SaaS)',
    criticality: 4,
    since: 2020,
    band: 'service-public',
    ref: 'maakunnan-asiointi',
    serves: ['pr-vastaanotto', 'pr-sosiaalityo'],
    target: { lifecycle: 'Kehityksessä', cost: 240000 },
  },
  {
    key: 'asianhallinta',
    name: { fi: 'Maakunnan asianhallintapalvelu', en: 'Regional case management service' },
    doc: 'Yksi asianhallinta kuntayhtymän ja maakuntaliiton järjestelmien tilalle.',
    area: CASES,
    owner: REGION,
    supplier: 'Vimana Oy (yhteinen palvelu)',
    criticality: 3,
    since: 2020,
    serves: ['pr-asianhallinta'],
    target: { lifecycle: 'Suunnitteilla', cost: 90000 },
  },
  {
    key: 'kvh',
    name: { fi: 'Käyttäjä- ja käyttövaltuushallinta', en: 'Identity and access management' },
    doc: 'Maakuntien yhteinen KVH-ratkaisu.',
    area: BASE,
    owner: REGION,
    supplier: 'Vimana Oy (yhteinen palvelu)',
    criticality: 4,
    since: 2020,
    serves: ['pr-talous-ja-hr'],
    target: { lifecycle: 'Suunnitteilla', cost: 120000 },
  },
  {
    key: 'viestintaymparisto',
    name: { fi: 'Digitaalinen viestintäympäristö', en: 'Digital workplace' },
    doc: 'Sähköposti, kalenteri, kokous- ja tiimityövälineet pilvipalveluna.',
    area: BASE,
    owner: REGION,
    supplier: 'Vimana Oy (yhteinen palvelu)',
    criticality: 3,
    since: 2019,
    serves: ['pr-asianhallinta'],
    target: { lifecycle: 'Tuotannossa', cost: 60000 },
  },
  {
    key: 'valvontasovellus',
    name: { fi: 'Pelastustoimen valvontasovellus', en: 'Fire inspection application' },
    doc: 'Kansallinen valvontasovellus onnettomuuksien ehkäisyyn.',
    area: RESCUE,
    owner: RESCUE_ORG,
    supplier: 'Kansallinen yhteinen palvelu',
    criticality: 3,
    since: 2021,
    band: 'service-public',
    ref: 'pelastustoimen-jarjestelmat',
    serves: ['pr-valvonta'],
    target: { lifecycle: 'Suunnitteilla', cost: 40000 },
  },
  {
    key: 'jarjestaminen',
    name: {
      fi: 'Järjestämisen ja sopimusohjauksen järjestelmä',
      en: 'Organising and contract steering system',
    },
    doc: 'Palvelupaketit, tuottajasopimukset ja korvaukset järjestäjän työkaluna.',
    area: CASES,
    owner: REGION,
    supplier: 'Kilpailutettava järjestelmätoimittaja',
    criticality: 4,
    since: 2021,
    band: 'core',
    ref: 'jarjestajan-ratkaisut',
    serves: ['pr-jarjestaminen'],
    target: { lifecycle: 'Suunnitteilla', cost: 200000 },
  },
];

/** National services the region uses in both states, traced to the reference model. */
export const NATIONAL_SYSTEMS: readonly {
  key: string;
  ref: string;
  name: LangMap;
  owner: string;
  band: EcosystemBand;
  type: string;
  specialization: string;
}[] = [
  {
    key: 'kanta',
    ref: 'kanta',
    name: { fi: 'Kanta-palvelut', sv: 'Kanta-tjänsterna', en: 'Kanta Services' },
    owner: 'Kela',
    band: 'core',
    type: 'ApplicationComponent',
    specialization: 'Tietojärjestelmä',
  },
  {
    key: 'omakanta',
    ref: 'omakanta',
    name: { fi: 'OmaKanta', sv: 'MittKanta', en: 'My Kanta Pages' },
    owner: 'Kela',
    band: 'core',
    type: 'ApplicationComponent',
    specialization: 'Tietojärjestelmä',
  },
  {
    key: 'vtj',
    ref: 'vtj',
    name: {
      fi: 'Väestötietojärjestelmä',
      sv: 'Befolkningsdatasystemet',
      en: 'Population Information System',
    },
    owner: 'Väestörekisterikeskus',
    band: 'core',
    type: 'ApplicationComponent',
    specialization: 'Perusrekisteri',
  },
  {
    key: 'tunnistus',
    ref: 'tunnistus',
    name: {
      fi: 'Suomi.fi-tunnistus',
      sv: 'Suomi.fi-identifikation',
      en: 'Suomi.fi e-Identification',
    },
    owner: 'Väestörekisterikeskus',
    band: 'service-bus',
    type: 'ApplicationComponent',
    specialization: 'Tietojärjestelmä',
  },
  {
    key: 'valtuudet',
    ref: 'valtuudet',
    name: { fi: 'Suomi.fi-valtuudet', sv: 'Suomi.fi-fullmakter', en: 'Suomi.fi e-Authorizations' },
    owner: 'Väestörekisterikeskus',
    band: 'service-bus',
    type: 'ApplicationComponent',
    specialization: 'Tietojärjestelmä',
  },
  {
    key: 'palveluvayla',
    ref: 'palveluvayla',
    name: {
      fi: 'Suomi.fi-palveluväylä',
      sv: 'Suomi.fi-informationsleden',
      en: 'Suomi.fi Data Exchange Layer',
    },
    owner: 'Väestörekisterikeskus',
    band: 'service-bus',
    type: 'SystemSoftware',
    specialization: 'Palveluväylä',
  },
];
