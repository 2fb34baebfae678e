import type { ModelBuilder } from './model-builder';
import { maker } from './reference-maker';

/** Actors, roles, business behaviour and capabilities of the reference ecosystem. */
export function addActors(b: ModelBuilder): void {
  const actor = maker(b, 'BusinessActor', 'toimijat', 'Toimija');
  actor(
    'maakunta-jarjestaja',
    { fi: 'Maakunta (järjestäjä)', sv: 'Landskapet (anordnare)', en: 'Region (organiser)' },
    'Järjestämisvastuussa oleva maakunta vastaa asukkaan lakisääteisten oikeuksien toteutumisesta, palvelujen yhdenvertaisesta saatavuudesta, tarpeen, määrän ja laadun määrittelystä sekä tuottamisen ohjauksesta ja valvonnasta. Ylläpitää järjestäjän tieto- ja tietojärjestelmäratkaisuja osana ydintä.',
    'core',
  );
  actor(
    'palvelulaitos',
    {
      fi: 'Maakunnan palvelulaitos',
      sv: 'Landskapets affärsverk',
      en: 'Regional service institution',
    },
    'Julkisoikeudellinen laitos, joka tuottaa maakunnan sille osoittamat tehtävät. Julkisen vallan tuottamat palvelut.',
    'service-public',
  );
  actor(
    'julkiset-tuottajat',
    { fi: 'Julkiset palveluntuottajat', sv: 'Offentliga producenter', en: 'Public producers' },
    'Kunnat, kuntayhtymät ja muut julkiset tuottajat ratkaisuineen palvelukerroksessa.',
    'service-public',
  );
  actor(
    'yksityiset-tuottajat',
    { fi: 'Yksityiset palveluntuottajat', sv: 'Privata producenter', en: 'Private producers' },
    'Julkisen vallan järjestämisvastuulla olevia palveluita tuottavat yritykset (esim. suoran valinnan palvelut ja asiakassetelit).',
    'service-private',
  );
  actor(
    'ekosysteemin-yritykset',
    { fi: 'Ekosysteemiin liitetyt yritykset', en: 'Companies joined to the ecosystem' },
    'Yksityiset palvelut, jotka eivät ole järjestämisvastuun piirissä mutta liittyvät palvelualustaan rajapintojen kautta.',
    'service-private',
  );
  actor(
    'jarjestot',
    {
      fi: 'Järjestöt ja kolmannen sektorin tuottajat',
      sv: 'Organisationer och tredje sektorn',
      en: 'NGOs and third-sector producers',
    },
    'Järjestöjen palvelut liittyvät palvelualustaan julkisten ja yksityisten palvelujen rinnalla.',
    'service-third-sector',
  );
  actor(
    'vapaaehtoiset',
    { fi: 'Vapaaehtois- ja vertaistoimijat', en: 'Volunteers and peer supporters' },
    'Vapaaehtoistoiminnan ja vertaistuen toimijat, usein järjestöjen koordinoimina.',
    'service-third-sector',
  );
  actor(
    'asiakas',
    { fi: 'Asiakas', sv: 'Kund', en: 'Customer' },
    'Asukas tai yritys, jonka asiaa hoidetaan. Asiakas tuottaa ja hallitsee omaa dataansa ja voi antaa sen palveluekosysteemin käyttöön määrittelemillään ehdoilla.',
    'service-own-data',
  );
  actor(
    'omadata-operaattori',
    { fi: 'Omadataoperaattori', en: 'MyData operator' },
    'Markkinaehtoinen toimija, joka välittää asiakkaan omaa dataa palveluntuottajille ja järjestäjälle asiakkaan suostumuksella.',
    'service-own-data',
  );
  actor(
    'kela',
    {
      fi: 'Kansaneläkelaitos (Kela)',
      sv: 'Folkpensionsanstalten (FPA)',
      en: 'Social Insurance Institution (Kela)',
    },
    'Kanta-palvelujen, maksatusratkaisujen ja valinnanvapauden tiedonhallintapalvelujen ylläpitäjä.',
    'core',
  );
  actor(
    'thl',
    {
      fi: 'Terveyden ja hyvinvoinnin laitos (THL)',
      sv: 'Institutet för hälsa och välfärd',
      en: 'Finnish Institute for Health and Welfare',
    },
    'Sote-perustietovarantojen, koodistopalvelun ja Kanta-palvelujen toiminnallinen ohjaaja.',
    'core',
  );
  actor(
    'vrk',
    {
      fi: 'Väestörekisterikeskus (VRK)',
      sv: 'Befolkningsregistercentralen',
      en: 'Population Register Centre',
    },
    'KaPA-viranomainen: vastaa Suomi.fi-palveluista KaPA-lain (571/2016) mukaisesti sekä väestötietojärjestelmästä.',
    'service-bus',
  );
  actor(
    'toisiokaytto-operaattori',
    { fi: 'Tiedon toissijaisen käytön operaattori', en: 'Secondary-use operator' },
    'Mahdollistaa sote-tiedon toissijaisen käytön (tutkimus, tilastointi, tietojohtaminen) tietoluvan perusteella.',
    'data',
  );
  const org = maker(b, 'BusinessActor', 'toimijat', 'Toimija');
  org(
    'vm',
    { fi: 'Valtiovarainministeriö', sv: 'Finansministeriet', en: 'Ministry of Finance' },
    'Digimuutosohjelman prosessinomistaja ja maakuntien viitearkkitehtuurin omistaja.',
    'core',
  );
  org(
    'stm',
    {
      fi: 'Sosiaali- ja terveysministeriö',
      sv: 'Social- och hälsovårdsministeriet',
      en: 'Ministry of Social Affairs and Health',
    },
    'Sote-uudistuksen digiasioiden valmistelija ja SoteDigi Oy:n sisältöohjaaja.',
    'core',
  );
  org(
    'vimana',
    {
      fi: 'Vimana Oy (maakuntien ICT-palvelukeskus)',
      en: 'Vimana Ltd (regional ICT service centre)',
    },
    'Valtion omistama erityistehtäväyhtiö: maakuntien yhteiset tietohallinto-, integraatio- ja tietojärjestelmäpalvelut.',
    'core',
  );
  org(
    'sotedigi',
    { fi: 'SoteDigi Oy', en: 'SoteDigi Ltd' },
    'Sosiaali- ja terveydenhuollon digitaalisten palvelujen ja yhteentoimivuuden kehittämisyhtiö; vastaa Omaolo- ja 116117-palveluista.',
    'core',
  );

  const role = maker(b, 'BusinessRole', 'toimijat', 'Rooli');
  role(
    'rooli-jarjestaja',
    { fi: 'Järjestäjä', sv: 'Anordnare', en: 'Organiser' },
    'Järjestämisvastuu: palvelujen saatavuus, tuottamistapa, ohjaus ja valvonta.',
  );
  role(
    'rooli-tuottaja',
    { fi: 'Palveluntuottaja', sv: 'Tjänsteproducent', en: 'Service producer' },
    'Tuottaa järjestäjän määrittelemiä palveluja; velvollisuus liittyä ytimeen.',
  );
  role(
    'rooli-rekisterinpitaja',
    { fi: 'Rekisterinpitäjä', sv: 'Registeransvarig', en: 'Controller' },
    'Laissa säädetty perustietovarannon rekisterinpitäjä.',
  );
  role(
    'rooli-kapa',
    { fi: 'KaPA-viranomainen', en: 'KaPA authority' },
    'Kapa-laissa säädetty järjestämis- ja tuottamisvastuu yhteisistä tukipalveluista.',
  );
}

export function addBusinessBehaviour(b: ModelBuilder): void {
  const fn = maker(b, 'BusinessFunction', 'prosessit', undefined);
  fn(
    'fn-jarjestaminen',
    { fi: 'Palvelujen järjestäminen', sv: 'Anordnande av tjänster', en: 'Organising services' },
    'Tarpeen, määrän ja laadun määrittely, tuottamistavan valinta, ohjaus ja valvonta.',
  );
  fn(
    'fn-asiakkuudenhallinta',
    { fi: 'Asiakkuudenhallinta', sv: 'Kundhantering', en: 'Customer management' },
    'Maakunnan ja palveluketjujen tarvitsema asiakkuudenhallinta kahdella tasolla.',
  );
  fn(
    'fn-tiedolla-johtaminen',
    { fi: 'Tiedolla johtaminen', en: 'Knowledge-based management' },
    'Palvelutoiminnasta syntyvään tietoon perustuva johtaminen ja valtion ohjaus.',
  );
  fn(
    'fn-palvelutuotanto',
    { fi: 'Palvelutuotanto', sv: 'Tjänsteproduktion', en: 'Service production' },
    'Julkisten, yksityisten ja järjestöjen palvelujen tuottaminen.',
  );
  fn(
    'fn-yleis-ja-tuki',
    { fi: 'Talous- ja henkilöstöhallinto', en: 'Finance and HR' },
    'Maakunnan yleis- ja tukitoiminnot.',
  );

  const pr = maker(b, 'BusinessProcess', 'prosessit', 'Prosessi');
  pr(
    'pr-palvelutarve',
    { fi: 'Palvelutarpeen arviointi', en: 'Service-need assessment' },
    'Asiakkaan palvelutarpeen arviointi asiakkaan ja järjestäjän tiedoilla.',
  );
  pr(
    'pr-tuottajavalinta',
    { fi: 'Palveluntuottajan valinta', en: 'Choosing a producer' },
    'Asiakas valitsee tuottajan; valinta sisältää ostopalveluvaltuutuksen.',
  );
  pr(
    'pr-hoito',
    { fi: 'Hoito ja palvelu', en: 'Care and service' },
    'Palvelun toteutus tuottajan toimesta koko palveluketjussa.',
  );
  pr(
    'pr-kirjaaminen',
    { fi: 'Asiakas- ja potilastietojen kirjaaminen', en: 'Recording client data' },
    'Tiedot kirjataan tuottajan järjestelmään ja arkistoidaan Kantaan.',
  );
  pr(
    'pr-omahoito',
    { fi: 'Omahoito ja itsearviointi', en: 'Self-care' },
    'Asiakas arvioi oireensa ja tuottaa omaa dataa itsepalveluna.',
  );
  pr(
    'pr-seuranta',
    { fi: 'Palvelutuotannon ohjaus ja seuranta', en: 'Steering and monitoring production' },
    'Järjestäjän ja tuottajan välinen ohjaus ja raportointi palvelupaketeittain.',
  );
  pr(
    'pr-toisiokaytto',
    { fi: 'Tiedon toissijainen käyttö', en: 'Secondary use of data' },
    'Tietolupien käsittely ja aineistojen luovutus tutkimukseen ja tietojohtamiseen.',
  );

  const svc = maker(b, 'BusinessService', 'palvelut', 'Palvelu');
  svc(
    'palv-perustason-sote',
    {
      fi: 'Perustason sosiaali- ja terveyspalvelut',
      sv: 'Social- och hälsovård på basnivå',
      en: 'Primary social and health services',
    },
    'Julkisen vallan tuottamat perustason palvelut.',
    'service-public',
  );
  svc(
    'palv-erikoistason',
    { fi: 'Erikoistason palvelut', sv: 'Specialiserade tjänster', en: 'Specialised services' },
    'Vaativin erityistaso, ensihoito ja laaja päivystys palvelulaitoksessa.',
    'service-public',
  );
  svc(
    'palv-pelastustoimi',
    { fi: 'Pelastustoimen palvelut', sv: 'Räddningsväsendets tjänster', en: 'Rescue services' },
    'Onnettomuuksien ehkäisy, valistus ja neuvonta, pelastustoiminta, väestönsuojelu.',
    'service-public',
  );
  svc(
    'palv-paivystysapu',
    { fi: '116117-päivystysapu', sv: 'Jourhjälpen 116117', en: '116117 on-call help' },
    'Puhelinpalvelu kiireettömiin päivystyksellisiin sosiaali- ja terveysongelmiin.',
    'service-public',
  );
  svc(
    'palv-suora-valinta',
    { fi: 'Suoran valinnan palvelut', sv: 'Direktvalstjänster', en: 'Direct-choice services' },
    'Julkisen vallan järjestämisvastuulla olevat, yksityisten tuottamat sote-keskus- ja suunhoidon palvelut.',
    'service-private',
  );
  svc(
    'palv-asiakasseteli',
    { fi: 'Asiakassetelipalvelut', sv: 'Kundsedeltjänster', en: 'Client-voucher services' },
    'Järjestäjän asiakassetelillä hankitut yksityisten tuottajien palvelut.',
    'service-private',
  );
  svc(
    'palv-taydentavat',
    { fi: 'Täydentävät yksityiset palvelut', en: 'Complementary private services' },
    'Ekosysteemiin liitetyt markkinaehtoiset palvelut.',
    'service-private',
  );
  svc(
    'palv-vertaistuki',
    {
      fi: 'Vertaistuki ja neuvonta',
      sv: 'Kamratstöd och rådgivning',
      en: 'Peer support and advice',
    },
    'Järjestöjen tuottama neuvonta ja vertaistuki.',
    'service-third-sector',
  );
  svc(
    'palv-vapaaehtoistoiminta',
    { fi: 'Vapaaehtoistoiminta', sv: 'Frivilligverksamhet', en: 'Volunteering' },
    'Yhteisölliset palvelut ja vapaaehtoistyö palveluketjun tukena.',
    'service-third-sector',
  );
  svc(
    'palv-omahoito',
    {
      fi: 'Omahoito- ja itsepalvelut',
      sv: 'Egenvård och självbetjäning',
      en: 'Self-care and self-service',
    },
    'Itsepalvelu- ja omadatapohjaiset palvelut markkinaperusteisesti.',
    'service-own-data',
  );
  svc(
    'palv-omadata',
    { fi: 'Omadatan hallinta ja jakaminen', en: 'Managing and sharing own data' },
    'Asiakas päättää, kenelle hänen keräämänsä data annetaan käyttöön.',
    'service-own-data',
  );
  svc(
    'palv-tietolupa',
    { fi: 'Tietolupapalvelu', sv: 'Dataanvändningstillstånd', en: 'Data permit service' },
    'Toissijaisen käytön tietoluvat ja käsittely-ympäristö.',
    'data',
  );
}

export function addStrategy(b: ModelBuilder): void {
  const cap = maker(b, 'Capability', 'strategia', 'Kyvykkyys');
  cap(
    'cap-asiakkuudenhallinta',
    { fi: 'Asiakkuudenhallinta', sv: 'Kundhantering', en: 'Customer management' },
    'Kyvykkyysalue viitearkkitehtuurissa.',
  );
  cap(
    'cap-yleis-ja-tuki',
    { fi: 'Maakunnan yleis- ja tukitoiminnot', en: 'General and support functions' },
    'Kyvykkyysalue viitearkkitehtuurissa.',
  );
  cap(
    'cap-jarjestaminen',
    { fi: 'Palveluiden järjestäminen', sv: 'Anordnande av tjänster', en: 'Organising services' },
    'Kyvykkyysalue viitearkkitehtuurissa.',
  );
  cap(
    'cap-oma-tuotanto',
    { fi: 'Oma palvelutuotanto', en: 'Own service production' },
    'Kyvykkyysalue viitearkkitehtuurissa.',
  );
}
