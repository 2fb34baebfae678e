import type { ModelBuilder } from './model-builder';
import { maker } from './reference-maker';

/** The core, the national service bus, the data layer and the service layers' systems. */
export function addCoreSystems(b: ModelBuilder): void {
  const sys = maker(b, 'ApplicationComponent', 'ydin', 'Tietojärjestelmä');
  const reg = maker(b, 'ApplicationComponent', 'ydin', 'Perusrekisteri');
  sys(
    'kanta',
    { fi: 'Kanta-palvelut', sv: 'Kanta-tjänsterna', en: 'Kanta Services' },
    'Sote-tiedon kansallinen alusta, dynaamisesti kehittyvä kokonaisuus; tiedon integraatio hoidetaan pitkälti Kanta-alustan kautta.',
    'core',
  );
  sys(
    'kanta-potilasarkisto',
    {
      fi: 'Potilastiedon arkisto (kansallinen palveluarkisto)',
      sv: 'Patientdataarkivet',
      en: 'Patient Data Repository',
    },
    'Kansallinen palveluarkisto potilasasiakirjoille; tieto seuraa ihmistä tuottajasta riippumatta.',
    'core',
  );
  sys(
    'kanta-sosiaaliarkisto',
    {
      fi: 'Sosiaalihuollon asiakastiedon arkisto',
      sv: 'Kundinformationsarkivet för socialvården',
      en: 'Client Data Archive for Social Welfare',
    },
    'Sosiaalihuollon asiakasasiakirjojen kansallinen arkisto.',
    'core',
  );
  sys(
    'kanta-resepti',
    { fi: 'Reseptikeskus', sv: 'Receptcentret', en: 'Prescription Centre' },
    'Sähköisten reseptien kansallinen tietokanta.',
    'core',
  );
  sys(
    'omakanta',
    { fi: 'OmaKanta', sv: 'MittKanta', en: 'My Kanta Pages' },
    'Asiakkaan näkymä omiin tietoihinsa, suostumuksiin ja tuottajavalintoihin.',
    'core',
  );
  sys(
    'omatietovaranto',
    { fi: 'Omatietovaranto', sv: 'Datalagret för egna uppgifter', en: 'Kanta PHR' },
    'Asiakkaan itse tuottamien hyvinvointitietojen tallennus Kantaan, käytettävissä ammattilaisille asiakkaan luvalla.',
    'core',
  );
  sys(
    'omaolo',
    { fi: 'Omaolo (ODA)', sv: 'Omaolo', en: 'Omaolo' },
    'Sähköinen oirearvio, palvelutarpeen arvio ja omahoito-ohjeet; osa julkista ydintä (ODA).',
    'core',
  );
  reg(
    'vtj',
    {
      fi: 'Väestötietojärjestelmä',
      sv: 'Befolkningsdatasystemet',
      en: 'Population Information System',
    },
    'Kansallinen perusrekisteri henkilöistä, rakennuksista ja huoneistoista.',
    'core',
  );
  reg(
    'ytj',
    {
      fi: 'Yritys- ja yhteisötietojärjestelmä',
      sv: 'Företags- och organisationsdatasystemet',
      en: 'Business Information System',
    },
    'Yritysten ja yhteisöjen perustiedot; palveluntuottajien tunnistetiedot.',
    'core',
  );
  reg(
    'ktj',
    {
      fi: 'Kiinteistötietojärjestelmä',
      sv: 'Fastighetsdatasystemet',
      en: 'Real Estate Information System',
    },
    'Kiinteistöjen perustietovaranto alueiden käytön ja pelastustoimen tarpeisiin.',
    'core',
  );
  reg(
    'sote-organisaatiorekisteri',
    { fi: 'Sote-organisaatiorekisteri', en: 'Social and health organisation register' },
    'Sote-palvelunantajien ja toimintayksiköiden tunnisteet.',
    'core',
  );
  reg(
    'soteri',
    { fi: 'Sote-palveluntuottajarekisteri (Soteri)', en: 'Service provider register (Soteri)' },
    'Palveluntuottajalain mukainen rekisteri: rekisteröinti, lupatoiminta, valvonta ja valinnanvapauden tuki.',
    'core',
  );
  sys(
    'koodistopalvelu',
    {
      fi: 'Kansallinen koodistopalvelu',
      sv: 'Den nationella kodtjänsten',
      en: 'National code service',
    },
    'Yhteiset luokitukset ja koodistot, mm. sosiaali- ja terveyspalvelujen luokitus.',
    'core',
  );
  reg(
    'biopankit',
    { fi: 'Biopankit', sv: 'Biobanker', en: 'Biobanks' },
    'Näytteet ja niihin liittyvät tiedot; laissa säädetyt rekisterinpitäjät.',
    'core',
  );
  reg(
    'genomitieto',
    { fi: 'Geenitietokannat', sv: 'Gendatabaser', en: 'Genome databases' },
    'Genomitieto yhdistettäväksi potilas- ja asiakastietoon laissa säädetyin rajoituksin.',
    'core',
  );
  sys(
    'kela-maksatus',
    {
      fi: 'Kelan maksatusratkaisut',
      sv: 'FPA:s betalningslösningar',
      en: 'Kela payment solutions',
    },
    'Kelan perusratkaisut: korvausten laskenta ja maksatus järjestäjille ja tuottajille.',
    'core',
  );
  sys(
    'valinnanvapaus',
    { fi: 'Valinnanvapauden tiedonhallintapalvelut', en: 'Freedom-of-choice data services' },
    'Tuottajahallinta, asiakkaan valinnan toteuttava palvelu ja kiinteän korvauksen laskenta.',
    'core',
  );
  sys(
    'jarjestajan-ratkaisut',
    { fi: 'Järjestäjän tietojärjestelmäratkaisut', en: "Organiser's information systems" },
    'Maakuntien yhteisesti hankittavat järjestämisen ratkaisut (palvelukeskus).',
    'core',
  );
  sys(
    'asiakkuudenhallinta',
    {
      fi: 'Maakuntien asiakkuudenhallinta',
      sv: 'Landskapens kundhantering',
      en: 'Regional customer management',
    },
    'Kokonaiskuva julkisten palvelujen asiakkaista ja heidän tarpeistaan kaikissa maakunnan tehtävissä.',
    'core',
  );
}

export function addServiceBus(b: ModelBuilder): void {
  b.element({
    key: 'palveluvayla',
    type: 'SystemSoftware',
    name: {
      fi: 'Suomi.fi-palveluväylä',
      sv: 'Suomi.fi-informationsleden',
      en: 'Suomi.fi Data Exchange Layer',
    },
    doc: 'Kansallinen palveluväylä (KaPA): tiedon ja palveluiden yhteentoimiva liittäminen ytimeen ja eri palveluiden välillä.',
    specialization: 'Palveluväylä',
    folder: 'kapa',
    band: 'service-bus',
  });
  b.element({
    key: 'kytkentaydin',
    type: 'CommunicationNetwork',
    name: { fi: 'Maakuntien tietoliikenteen kytkentäydin', en: 'Regional network core' },
    doc: 'Kaikkia uudistuksen osapuolia yhdistävä sisäinen tietoliikenneverkko, joka huomioi tietojen suojaamisen, saatavuuden ja varautumisen.',
    specialization: 'Palveluväylä',
    folder: 'kapa',
    band: 'service-bus',
  });
  b.element({
    key: 'ts-tiedonvalitys',
    type: 'TechnologyService',
    name: {
      fi: 'Turvallinen tiedonvälitys',
      sv: 'Säker dataöverföring',
      en: 'Secure data exchange',
    },
    doc: 'Palveluväylän tarjoama organisaatiorajat ylittävä tiedonvälitys.',
    folder: 'kapa',
    band: 'service-bus',
  });
  const sys = maker(b, 'ApplicationComponent', 'kapa', 'Tietojärjestelmä');
  sys(
    'tunnistus',
    { fi: 'Suomi.fi-tunnistus', sv: 'Suomi.fi-identifikation', en: 'Suomi.fi e-Identification' },
    'Yhteinen tunnistamisratkaisu asiakkaille.',
    'service-bus',
  );
  sys(
    'valtuudet',
    { fi: 'Suomi.fi-valtuudet', sv: 'Suomi.fi-fullmakter', en: 'Suomi.fi e-Authorizations' },
    'Valtuutusten ja roolien hallinta: asiointi toisen puolesta.',
    'service-bus',
  );
  sys(
    'viestit',
    { fi: 'Suomi.fi-viestit', sv: 'Suomi.fi-meddelanden', en: 'Suomi.fi Messages' },
    'Viranomaisten sähköinen viestinvälitys asiakkaille.',
    'service-bus',
  );
  sys(
    'verkkopalvelu',
    { fi: 'Suomi.fi-verkkopalvelu', sv: 'Suomi.fi-webbtjänsten', en: 'Suomi.fi web service' },
    'Yhteinen palvelunäkymä julkisiin palveluihin.',
    'service-bus',
  );
  sys(
    'vertailupalvelu',
    { fi: 'Palveluntuottajien vertailupalvelu', en: 'Provider comparison service' },
    'Suoran valinnan vertailupalvelu julkisten ja yksityisten sote-keskusten vertailuun Suomi.fi:ssä.',
    'service-bus',
  );
  b.element({
    key: 'ptv',
    type: 'ApplicationComponent',
    name: {
      fi: 'Palvelutietovaranto (PTV)',
      sv: 'Servicedatalagret',
      en: 'Finnish Service Catalogue',
    },
    doc: 'Julkisten palvelujen kuvaukset yhdessä paikassa; maakuntien palvelujen pohjakuvaukset.',
    specialization: 'Tietojärjestelmä',
    folder: 'kapa',
    band: 'service-bus',
  });
}

export function addDataLayer(b: ModelBuilder): void {
  const sys = maker(b, 'ApplicationComponent', 'datakerros', 'Tietojärjestelmä');
  sys(
    'tuottajien-ptj',
    {
      fi: 'Tuottajakohtaiset asiakas- ja potilastietojärjestelmät',
      en: "Producers' client and patient record systems",
    },
    'Muu kuin perustietovarantoon kuuluva viranomaistieto: potilastietojärjestelmät tuottajakohtaisesti; julkisessa tuotannossa tavoitteena 2–3 modulaarista järjestelmää.',
    'data',
  );
  sys(
    'tietoallas',
    { fi: 'Järjestäjän tietoallas ja tietojohtamisen alusta', en: "Organiser's data lake" },
    'Tietoallas lähdejärjestelmäintegraatioineen sekä raportointi-, analytiikka- ja keinoälyratkaisut.',
    'data',
  );
  sys(
    'toisiokayttoymparisto',
    { fi: 'Toisiokäytön käsittely-ympäristö', en: 'Secondary-use environment' },
    'Tietoturvallinen ympäristö luvitettujen aineistojen käsittelyyn.',
    'data',
  );
  sys(
    'avoin-data',
    { fi: 'Avoimen datan palvelu', sv: 'Öppna data-tjänsten', en: 'Open data service' },
    'Tiedon avaaminen yksityisille ja kansalaisille avoimen datan periaatteilla.',
    'data',
  );

  const data = maker(b, 'DataObject', 'tiedot', 'Tietoryhmä');
  data(
    'do-potilastiedot',
    {
      fi: 'Potilas- ja asiakastiedot',
      sv: 'Patient- och klientuppgifter',
      en: 'Patient and client data',
    },
    'Tuottajien kirjaamat asiakas- ja potilasasiakirjat.',
    'data',
  );
  data(
    'do-viranomaistiedot',
    { fi: 'Muut viranomaistiedot', en: 'Other authority data' },
    'Perustietovarantoihin kuulumattomat viranomaistiedot.',
    'data',
  );
  data(
    'do-raakadata',
    { fi: 'Raakadata ja raakatieto', sv: 'Rådata', en: 'Raw data' },
    'Käsittelemätön data hyödynnettäväksi avoimen datan ja omadatan periaatteilla.',
    'data',
  );
  data(
    'do-oma-data',
    { fi: 'Asiakkaiden oma data', sv: 'Kundernas egna data', en: "Customers' own data" },
    'Asiakkaan keräämä ja tallentama data, joka on palvelukerroksen ja järjestäjän käytettävissä.',
    'data',
  );
  data(
    'do-palvelupaketit',
    { fi: 'Palvelupakettien ohjaus- ja raportointitiedot', en: 'Service-package reporting data' },
    'Järjestäjän ja tuottajan välisen ohjauksen ja raportoinnin tiedot.',
    'data',
  );
  data(
    'do-vaestotiedot',
    { fi: 'Väestötiedot', sv: 'Befolkningsuppgifter', en: 'Population data' },
    'Henkilöiden perustiedot ja muutostiedot.',
    'core',
  );
  data(
    'do-tuottajatiedot',
    { fi: 'Palveluntuottajatiedot', en: 'Provider data' },
    'Tuottajien rekisteröinti-, lupa- ja sopimustiedot.',
    'core',
  );
  data(
    'do-valtuutukset',
    { fi: 'Valtuutustiedot', sv: 'Fullmaktsuppgifter', en: 'Authorisation data' },
    'Asiointivaltuudet ja roolit.',
    'service-bus',
  );
}

export function addServiceLayerSystems(b: ModelBuilder): void {
  const sys = maker(b, 'ApplicationComponent', 'palvelukerrokset', 'Tietojärjestelmä');
  sys(
    'maakunnan-asiointi',
    { fi: 'Maakunnan sähköinen asiointi', sv: 'Landskapets e-tjänster', en: 'Regional e-services' },
    'Yhden luukun palvelumalli, joka tukeutuu kansalliseen palveluarkkitehtuuriin.',
    'service-public',
  );
  sys(
    'pelastustoimen-jarjestelmat',
    { fi: 'Pelastustoimen tietojärjestelmät', en: 'Rescue services systems' },
    'Valvonta, onnettomuuksien ehkäisy ja pelastustoiminnan tuki.',
    'service-public',
  );
  sys(
    'yksityinen-asiointi',
    {
      fi: 'Yksityisten tuottajien asiointi- ja ajanvarauspalvelut',
      en: "Private producers' e-services",
    },
    'Yksityisten tuottajien digitaaliset kanavat, liitettynä ytimeen rajapinnoin.',
    'service-private',
  );
  sys(
    'jarjestojen-palvelut',
    { fi: 'Järjestöjen digitaaliset neuvontapalvelut', en: 'NGO digital advice services' },
    'Järjestöjen chat-, neuvonta- ja vertaistukipalvelut.',
    'service-third-sector',
  );
  sys(
    'vapaaehtoisalusta',
    { fi: 'Vapaaehtoistoiminnan koordinointialusta', en: 'Volunteer coordination platform' },
    'Vapaaehtoisten ja tehtävien yhteensovitus.',
    'service-third-sector',
  );
  sys(
    'omadata-sovellukset',
    {
      fi: 'Omadata- ja hyvinvointisovellukset',
      sv: 'Appar för egna data och välmående',
      en: 'Own-data and wellbeing apps',
    },
    'Asiakkaan omaa dataa keräävät ja hyödyntävät sovellukset; voivat toimittaa tietoa tuottajille ja järjestäjälle.',
    'service-own-data',
  );
  b.element({
    key: 'mittalaitteet',
    type: 'Device',
    name: { fi: 'Hyvinvointi- ja mittalaitteet', sv: 'Mätutrustning', en: 'Wellbeing devices' },
    doc: 'Kotona käytettävät mittalaitteet ja puettavat laitteet omadatan lähteinä.',
    folder: 'teknologia',
    band: 'service-own-data',
  });

  const as = maker(b, 'ApplicationService', 'sovelluspalvelut', 'Tietojärjestelmäpalvelu');
  as(
    'as-tunnistus',
    { fi: 'Vahva sähköinen tunnistaminen', sv: 'Stark autentisering', en: 'Strong authentication' },
    'Asiakkaan tunnistaminen kaikissa kerroksissa.',
    'service-bus',
  );
  as(
    'as-valtuutus',
    {
      fi: 'Asiointi toisen puolesta',
      sv: 'Att uträtta ärenden för någon annans räkning',
      en: 'Acting on behalf of another',
    },
    'Valtuutusten tarkistus palveluissa.',
    'service-bus',
  );
  as(
    'as-arkistointi',
    { fi: 'Potilastiedon arkistointi ja haku', en: 'Archiving and retrieval' },
    'Tuottajat tallentavat ja hakevat asiakirjoja järjestäjän lukuun.',
    'core',
  );
  as(
    'as-omat-tiedot',
    { fi: 'Omien tietojen katselu ja suostumukset', en: 'Viewing own data and consents' },
    'Tiedollinen itsemääräämisoikeus toteutetaan digitaalisesti.',
    'core',
  );
  as(
    'as-oirearvio',
    { fi: 'Sähköinen oirearvio', sv: 'Elektronisk symtombedömning', en: 'Online symptom checker' },
    'Palvelutarpeen arvio ja ohjaus oikeaan palveluun.',
    'core',
  );
  as(
    'as-valinta',
    { fi: 'Asiakkaan valinnan toteuttava palvelu', en: 'Choice registration service' },
    'Tuottajavalinta OmaKannassa tai ammattilaisen käyttöliittymässä.',
    'core',
  );
  as(
    'as-vaestotiedot',
    {
      fi: 'Väestötietojen luovutus',
      sv: 'Utlämnande av befolkningsuppgifter',
      en: 'Population data disclosure',
    },
    'Perustiedot ja päivittäiset muutostiedot palveluille.',
    'core',
  );
  as(
    'as-raportointi',
    { fi: 'Järjestäjän raportointi ja analytiikka', en: 'Reporting and analytics' },
    'Vertailukelpoinen tieto palveluista ja kustannuksista.',
    'data',
  );
}
