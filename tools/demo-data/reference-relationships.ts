import type { ModelBuilder } from './model-builder';
import { PROJECTS } from './reference-projects';

export function addReferenceRelationships(b: ModelBuilder): void {
  addActorRelationships(b);
  addBusinessRelationships(b);
  addApplicationRelationships(b);
  addMotivationRelationships(b);
  addImplementationRelationships(b);
}

function addActorRelationships(b: ModelBuilder): void {
  const assign = (s: string, t: string) => b.rel('Assignment', s, t);
  assign('maakunta-jarjestaja', 'rooli-jarjestaja');
  for (const producer of [
    'palvelulaitos',
    'julkiset-tuottajat',
    'yksityiset-tuottajat',
    'jarjestot',
  ]) {
    assign(producer, 'rooli-tuottaja');
  }
  for (const controller of ['kela', 'thl', 'vrk']) assign(controller, 'rooli-rekisterinpitaja');
  assign('vrk', 'rooli-kapa');
  assign('rooli-jarjestaja', 'fn-jarjestaminen');
  assign('rooli-jarjestaja', 'fn-asiakkuudenhallinta');
  assign('rooli-jarjestaja', 'fn-tiedolla-johtaminen');
  assign('rooli-jarjestaja', 'fn-yleis-ja-tuki');
  assign('rooli-tuottaja', 'fn-palvelutuotanto');
  assign('rooli-tuottaja', 'pr-hoito');
  assign('rooli-tuottaja', 'pr-kirjaaminen');
  assign('asiakas', 'pr-omahoito');
  assign('asiakas', 'pr-tuottajavalinta');
  assign('toisiokaytto-operaattori', 'pr-toisiokaytto');
  assign('omadata-operaattori', 'palv-omadata');
  assign('vapaaehtoiset', 'palv-vapaaehtoistoiminta');

  const maintains = (s: string, t: string) =>
    b.rel('Association', s, t, { name: { fi: 'ylläpitää', en: 'maintains' }, isDirected: true });
  maintains('kela', 'kanta');
  maintains('kela', 'kela-maksatus');
  maintains('kela', 'valinnanvapaus');
  maintains('thl', 'koodistopalvelu');
  maintains('thl', 'sote-organisaatiorekisteri');
  maintains('vrk', 'vtj');
  maintains('vrk', 'palveluvayla');
  maintains('vrk', 'tunnistus');
  maintains('vrk', 'valtuudet');
  maintains('maakunta-jarjestaja', 'jarjestajan-ratkaisut');
  maintains('sotedigi', 'omaolo');
  maintains('vimana', 'kytkentaydin');

  const flow = (s: string, t: string, fi: string) => b.rel('Flow', s, t, { name: { fi } });
  flow('maakunta-jarjestaja', 'palvelulaitos', 'toimeksianto');
  flow('maakunta-jarjestaja', 'yksityiset-tuottajat', 'sopimus ja korvaus');
  flow('palvelulaitos', 'maakunta-jarjestaja', 'raportointi');
  flow('yksityiset-tuottajat', 'maakunta-jarjestaja', 'raportointi');
  flow('jarjestot', 'asiakas', 'neuvonta');
  b.rel('Composition', 'maakunta-jarjestaja', 'palvelulaitos', {
    doc: 'Maakunnassa on yksi palvelulaitos, osa maakuntakonsernia.',
  });
}

function addBusinessRelationships(b: ModelBuilder): void {
  b.rel('Triggering', 'pr-palvelutarve', 'pr-tuottajavalinta');
  b.rel('Triggering', 'pr-tuottajavalinta', 'pr-hoito');
  b.rel('Triggering', 'pr-hoito', 'pr-kirjaaminen');
  b.rel('Triggering', 'pr-omahoito', 'pr-palvelutarve');
  b.rel('Flow', 'pr-kirjaaminen', 'pr-seuranta', { name: { fi: 'suoritetiedot' } });
  b.rel('Composition', 'fn-jarjestaminen', 'pr-palvelutarve');
  b.rel('Composition', 'fn-jarjestaminen', 'pr-seuranta');
  b.rel('Composition', 'fn-palvelutuotanto', 'pr-hoito');
  b.rel('Composition', 'fn-tiedolla-johtaminen', 'pr-toisiokaytto');

  const realize = (s: string, t: string) => b.rel('Realization', s, t);
  realize('fn-asiakkuudenhallinta', 'cap-asiakkuudenhallinta');
  realize('fn-jarjestaminen', 'cap-jarjestaminen');
  realize('fn-tiedolla-johtaminen', 'cap-jarjestaminen');
  realize('fn-palvelutuotanto', 'cap-oma-tuotanto');
  realize('fn-yleis-ja-tuki', 'cap-yleis-ja-tuki');
  realize('pr-hoito', 'palv-perustason-sote');
  realize('pr-hoito', 'palv-erikoistason');
  realize('pr-hoito', 'palv-suora-valinta');
  realize('pr-hoito', 'palv-asiakasseteli');
  realize('pr-omahoito', 'palv-omahoito');
  realize('pr-toisiokaytto', 'palv-tietolupa');

  const serves = (s: string, t: string) => b.rel('Serving', s, t);
  for (const service of [
    'palv-perustason-sote',
    'palv-erikoistason',
    'palv-pelastustoimi',
    'palv-paivystysapu',
    'palv-suora-valinta',
    'palv-asiakasseteli',
    'palv-taydentavat',
    'palv-vertaistuki',
    'palv-vapaaehtoistoiminta',
    'palv-omahoito',
    'palv-omadata',
  ]) {
    serves(service, 'asiakas');
  }
  serves('palv-tietolupa', 'maakunta-jarjestaja');

  // Producers offer the services of their band; association keeps the picture readable
  // without pretending an actor itself realises a service.
  const offers = (s: string, t: string) =>
    b.rel('Association', s, t, { name: { fi: 'tarjoaa', en: 'offers' }, isDirected: true });
  offers('palvelulaitos', 'palv-perustason-sote');
  offers('palvelulaitos', 'palv-erikoistason');
  offers('palvelulaitos', 'palv-pelastustoimi');
  offers('julkiset-tuottajat', 'palv-perustason-sote');
  offers('sotedigi', 'palv-paivystysapu');
  offers('yksityiset-tuottajat', 'palv-suora-valinta');
  offers('yksityiset-tuottajat', 'palv-asiakasseteli');
  offers('ekosysteemin-yritykset', 'palv-taydentavat');
  offers('jarjestot', 'palv-vertaistuki');
  offers('jarjestot', 'palv-vapaaehtoistoiminta');
  offers('omadata-operaattori', 'palv-omahoito');

  b.rel('Access', 'pr-kirjaaminen', 'do-potilastiedot', { accessType: 'Write' });
  b.rel('Access', 'pr-seuranta', 'do-palvelupaketit', { accessType: 'Read' });
  b.rel('Access', 'pr-omahoito', 'do-oma-data', { accessType: 'Write' });
  b.rel('Access', 'pr-toisiokaytto', 'do-raakadata', { accessType: 'Read' });
}

function addApplicationRelationships(b: ModelBuilder): void {
  for (const part of [
    'kanta-potilasarkisto',
    'kanta-sosiaaliarkisto',
    'kanta-resepti',
    'omakanta',
    'omatietovaranto',
  ]) {
    b.rel('Composition', 'kanta', part);
  }
  b.rel('Composition', 'jarjestajan-ratkaisut', 'asiakkuudenhallinta');
  b.rel('Aggregation', 'kela-maksatus', 'valinnanvapaus');

  const realize = (s: string, t: string) => b.rel('Realization', s, t);
  realize('tunnistus', 'as-tunnistus');
  realize('valtuudet', 'as-valtuutus');
  realize('kanta-potilasarkisto', 'as-arkistointi');
  realize('omakanta', 'as-omat-tiedot');
  realize('omaolo', 'as-oirearvio');
  realize('valinnanvapaus', 'as-valinta');
  realize('vtj', 'as-vaestotiedot');
  realize('tietoallas', 'as-raportointi');
  realize('palveluvayla', 'ts-tiedonvalitys');

  const serves = (s: string, t: string) => b.rel('Serving', s, t);
  serves('as-oirearvio', 'pr-omahoito');
  serves('as-oirearvio', 'pr-palvelutarve');
  serves('as-valinta', 'pr-tuottajavalinta');
  serves('as-arkistointi', 'pr-kirjaaminen');
  serves('as-omat-tiedot', 'asiakas');
  serves('as-tunnistus', 'asiakas');
  serves('as-valtuutus', 'asiakas');
  serves('as-raportointi', 'pr-seuranta');
  serves('as-vaestotiedot', 'valinnanvapaus');
  serves('as-vaestotiedot', 'asiakkuudenhallinta');
  serves('as-tunnistus', 'omakanta');
  serves('as-tunnistus', 'maakunnan-asiointi');
  serves('as-tunnistus', 'yksityinen-asiointi');
  serves('as-tunnistus', 'omaolo');
  serves('as-valtuutus', 'maakunnan-asiointi');
  serves('as-valtuutus', 'omakanta');
  serves('asiakkuudenhallinta', 'fn-asiakkuudenhallinta');
  serves('jarjestajan-ratkaisut', 'fn-jarjestaminen');
  serves('tuottajien-ptj', 'pr-hoito');
  serves('maakunnan-asiointi', 'asiakas');
  serves('yksityinen-asiointi', 'asiakas');
  serves('jarjestojen-palvelut', 'palv-vertaistuki');
  serves('vapaaehtoisalusta', 'vapaaehtoiset');
  serves('omadata-sovellukset', 'asiakas');
  serves('pelastustoimen-jarjestelmat', 'palv-pelastustoimi');
  serves('vertailupalvelu', 'pr-tuottajavalinta');
  serves('mittalaitteet', 'omadata-sovellukset');
  serves('toisiokayttoymparisto', 'pr-toisiokaytto');

  // The service bus carries the exchanges between the layers and the core.
  for (const system of [
    'kanta',
    'vtj',
    'ytj',
    'valinnanvapaus',
    'tuottajien-ptj',
    'maakunnan-asiointi',
    'yksityinen-asiointi',
    'jarjestajan-ratkaisut',
    'soteri',
  ]) {
    serves('ts-tiedonvalitys', system);
  }
  b.rel('Association', 'palveluvayla', 'kytkentaydin');

  const flow = (s: string, t: string, fi: string) => b.rel('Flow', s, t, { name: { fi } });
  flow('tuottajien-ptj', 'kanta-potilasarkisto', 'potilasasiakirjat');
  flow('tuottajien-ptj', 'kanta-sosiaaliarkisto', 'asiakasasiakirjat');
  flow('tuottajien-ptj', 'kanta-resepti', 'reseptit');
  flow('omadata-sovellukset', 'omatietovaranto', 'hyvinvointitiedot');
  flow('omatietovaranto', 'tuottajien-ptj', 'asiakkaan luvalla');
  flow('kanta', 'tietoallas', 'järjestäjän lukuun tallennetut tiedot');
  flow('kanta', 'toisiokayttoymparisto', 'luvitetut aineistot');
  flow('biopankit', 'toisiokayttoymparisto', 'näytetiedot');
  flow('genomitieto', 'toisiokayttoymparisto', 'genomitiedot');
  flow('tuottajien-ptj', 'tietoallas', 'suoritetiedot');
  flow('valinnanvapaus', 'kela-maksatus', 'korvausperusteet');
  flow('soteri', 'valinnanvapaus', 'tuottajatiedot');
  flow('sote-organisaatiorekisteri', 'valinnanvapaus', 'organisaatiotunnisteet');
  flow('ytj', 'soteri', 'yritystiedot');
  flow('ptv', 'verkkopalvelu', 'palvelukuvaukset');
  flow('ptv', 'vertailupalvelu', 'palvelukuvaukset');
  flow('soteri', 'vertailupalvelu', 'tuottajatiedot');
  flow('tietoallas', 'avoin-data', 'avattavat aineistot');
  flow('viestit', 'maakunnan-asiointi', 'viestit');
  flow('koodistopalvelu', 'tuottajien-ptj', 'luokitukset');
  flow('ktj', 'pelastustoimen-jarjestelmat', 'kiinteistötiedot');

  const access = (s: string, t: string, accessType: 'Read' | 'Write' | 'ReadWrite') =>
    b.rel('Access', s, t, { accessType });
  access('tuottajien-ptj', 'do-potilastiedot', 'ReadWrite');
  access('kanta-potilasarkisto', 'do-potilastiedot', 'Read');
  access('vtj', 'do-vaestotiedot', 'ReadWrite');
  access('asiakkuudenhallinta', 'do-vaestotiedot', 'Read');
  access('soteri', 'do-tuottajatiedot', 'ReadWrite');
  access('valinnanvapaus', 'do-tuottajatiedot', 'Read');
  access('valtuudet', 'do-valtuutukset', 'ReadWrite');
  access('omadata-sovellukset', 'do-oma-data', 'Write');
  access('omatietovaranto', 'do-oma-data', 'ReadWrite');
  access('tietoallas', 'do-palvelupaketit', 'ReadWrite');
  access('tietoallas', 'do-viranomaistiedot', 'Read');
  access('toisiokayttoymparisto', 'do-raakadata', 'Read');
  access('avoin-data', 'do-raakadata', 'Read');
}

function addMotivationRelationships(b: ModelBuilder): void {
  const influence = (s: string, t: string, strength = '+') =>
    b.rel('Influence', s, t, { influenceStrength: strength });
  influence('dr-uudistus', 'g-digitaalinen');
  influence('dr-uudistus', 'g-yhteiset-palvelut');
  influence('dr-uudistus', 'g-ohjaus');
  influence('dr-tietosuoja', 'g-asiakastiedot');
  influence('dr-kapa-laki', 'ep-palveluvayla', '++');
  influence('dr-toisiolaki', 'tp-6');

  for (let i = 1; i <= 9; i++) influence(`dp-${i}`, 'g-digitaalinen');
  for (let i = 1; i <= 8; i++) influence(`tp-${i}`, 'g-asiakastiedot');
  influence('ip-toiminnallinen', 'g-yhteiset-palvelut');
  influence('ip-ekosysteemi', 'g-yhteiset-palvelut');
  influence('ip-skaalautuvuus', 'g-palvelukeskus');
  influence('ep-palvelualusta', 'ip-ekosysteemi', '++');
  influence('ep-ydin', 'g-asiakastiedot');
  influence('ep-rajapinnat', 'dp-8');
  influence('ep-palveluvayla', 'dp-7');
  influence('tp-2', 'dp-6', '++');
  influence('tp-5', 'tp-7');

  const realize = (s: string, t: string) => b.rel('Realization', s, t);
  realize('rq-sahkoiset-palvelut', 'g-digitaalinen');
  realize('rq-asiakkuudenhallinta', 'g-asiakastiedot');
  realize('rq-siirtyvat-jarjestelmat', 'g-ohjaus');
  realize('rq-ytimeen-liittyminen', 'g-asiakastiedot');
  realize('maakunnan-asiointi', 'rq-sahkoiset-palvelut');
  realize('asiakkuudenhallinta', 'rq-asiakkuudenhallinta');
  realize('palveluvayla', 'rq-ytimeen-liittyminen');
}

function addImplementationRelationships(b: ModelBuilder): void {
  for (const p of PROJECTS) b.rel('Composition', 'digimuutosohjelma', p.key);

  const assign = (s: string, t: string) => b.rel('Assignment', s, t);
  assign('vm', 'digimuutosohjelma');
  assign('vm', 'hk-viitearkkitehtuuri');
  assign('vm', 'hk-kokonaisarkkitehtuuri');
  for (const key of [
    'hk-valtion-jarjestelmat',
    'hk-valvontasovellus',
    'hk-kvh',
    'hk-kytkentaydin',
    'hk-asianhallinta',
    'hk-asioinnin-tuki',
    'hk-mati',
    'hk-asiakkuudenhallinta',
  ]) {
    assign('vimana', key);
  }
  assign('kela', 'hk-soutu');
  assign('thl', 'hk-soutu');
  assign('kela', 'hk-valinnanvapaus');
  assign('vrk', 'hk-verkkosisallot');
  assign('vrk', 'hk-suomifi-vertailu');
  assign('thl', 'hk-luokitukset');
  assign('sotedigi', 'hk-omaolo');
  assign('stm', 'hk-soteri');

  const realize = (s: string, t: string) => b.rel('Realization', s, t);
  realize('hk-viitearkkitehtuuri', 'del-viitearkkitehtuuri');
  realize('hk-kokonaisarkkitehtuuri', 'del-ekosysteemikuvaukset');
  realize('hk-soteri', 'del-tuottajarekisteri');
  realize('hk-valinnanvapaus', 'del-valintapalvelu');
  realize('hk-luokitukset', 'del-luokitus');
  realize('hk-soutu', 'del-soutu-muutokset');
  realize('del-tuottajarekisteri', 'soteri');
  realize('del-valintapalvelu', 'valinnanvapaus');
  realize('del-luokitus', 'koodistopalvelu');
  realize('del-soutu-muutokset', 'kanta');
  realize('hk-kytkentaydin', 'kytkentaydin');
  realize('hk-mati', 'tietoallas');
  realize('hk-asiakkuudenhallinta', 'asiakkuudenhallinta');
  realize('hk-omaolo', 'omaolo');
  realize('hk-suomifi-vertailu', 'vertailupalvelu');
  realize('hk-asioinnin-tuki', 'maakunnan-asiointi');
  realize('hk-valvontasovellus', 'pelastustoimen-jarjestelmat');
  realize('hk-verkkosisallot', 'ptv');
  b.rel('Influence', 'hk-kokonaisarkkitehtuuri', 'g-ohjaus', { influenceStrength: '+' });
  b.rel('Influence', 'hk-valtion-jarjestelmat', 'rq-siirtyvat-jarjestelmat', {
    influenceStrength: '+',
  });
}
