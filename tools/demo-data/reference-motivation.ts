import type { ModelBuilder } from './model-builder';
import { maker } from './reference-maker';

/** Drivers, goals, linjaukset and the digitalisation and data-use principles of the seeds. */
export function addMotivation(b: ModelBuilder): void {
  const driver = maker(b, 'Driver', 'tavoitteet', undefined);
  driver(
    'dr-uudistus',
    {
      fi: 'Maakunta- ja sote-uudistus',
      sv: 'Landskaps- och vårdreformen',
      en: 'Regional and health reform',
    },
    'Uudistus edellyttää ICT-linjausten täytäntöönpanoa.',
  );
  driver(
    'dr-tietosuoja',
    { fi: 'EU:n tietosuoja-asetus', sv: 'EU:s dataskyddsförordning', en: 'EU GDPR' },
    'Maakuntien ICT-palvelut suunnitellaan vastaamaan tietosuojalainsäädäntöä.',
  );
  driver(
    'dr-kapa-laki',
    { fi: 'KaPA-laki (571/2016)', en: 'Act on shared e-service support services' },
    'Säätää yhteisistä sähköisen asioinnin tukipalveluista ja niiden käyttövelvollisuudesta.',
  );
  driver(
    'dr-toisiolaki',
    { fi: 'Sote-tietojen toissijainen käyttö (HE 159/2017)', en: 'Secondary use of health data' },
    'Korostaa tietojohtamisen edellytyksiä ja merkitystä.',
  );

  const goal = maker(b, 'Goal', 'tavoitteet', undefined);
  goal(
    'g-digitaalinen',
    {
      fi: 'Maakunta toimii digitaalisesti',
      sv: 'Landskapet verkar digitalt',
      en: 'The region operates digitally',
    },
    'Linjausalue 1.',
  );
  goal(
    'g-asiakastiedot',
    { fi: 'Asiakkaan tiedot ovat käytettävissä', en: 'Customer data is available' },
    'Linjausalue 2.',
  );
  goal(
    'g-yhteiset-palvelut',
    {
      fi: 'Yhteisillä ICT-palveluilla toteutetaan järjestämistehtävät',
      en: 'Shared ICT services for organising',
    },
    'Linjausalue 3.',
  );
  goal(
    'g-palvelukeskus',
    {
      fi: 'ICT-palvelukeskus toteuttaa yhteiset ICT-palvelut',
      en: 'ICT centre delivers shared services',
    },
    'Linjausalue 4.',
  );
  goal(
    'g-ohjaus',
    {
      fi: 'Kansallisella ohjauksella varmistetaan muutoksen toteutus',
      en: 'National steering secures the change',
    },
    'Linjausalue 5.',
  );

  const req = maker(b, 'Requirement', 'tavoitteet', 'Linjaus');
  req(
    'rq-sahkoiset-palvelut',
    {
      fi: 'Asiakas saa halutessaan kaikki maakunnan palvelut sähköisenä',
      en: 'All services available electronically',
    },
    'Maakunnan linjaus 1: yhden luukun palvelumalli.',
  );
  req(
    'rq-asiakkuudenhallinta',
    { fi: 'Toteutetaan maakunnan asiakkuudenhallinta', en: 'Implement customer management' },
    'Asiakkuudenhallinta kytketään järjestämisvastuuseen.',
  );
  req(
    'rq-siirtyvat-jarjestelmat',
    {
      fi: 'Tunnistetaan siirtyvät ja poistuvat tietojärjestelmät',
      en: 'Identify transferring and retiring systems',
    },
    'Palvelutuotannon jatkuvuus muutoksen aikana.',
  );
  req(
    'rq-ytimeen-liittyminen',
    { fi: 'Kaikilla tuottajilla velvollisuus liittyä ytimeen', en: 'All producers join the core' },
    'Ydin kaikkien tuottajien ja asiakkaiden käytettävissä laissa säädetyillä perusteilla.',
  );

  const principle = (folder: string) => maker(b, 'Principle', folder, 'Periaate');
  const dp = principle('digiperiaatteet');
  const digital: [string, string, string][] = [
    [
      'Kehitämme palvelut asiakaslähtöisesti',
      'Develop services customer-first',
      'Digitalisoinnin periaate 1 (julkishallinnon yhteiset periaatteet 2016).',
    ],
    ['Poistamme turhan asioinnin', 'Remove needless transactions', 'Digitalisoinnin periaate 2.'],
    [
      'Rakennamme helppokäyttöisiä ja turvallisia palveluita',
      'Build easy and secure services',
      'Digitalisoinnin periaate 3.',
    ],
    [
      'Rakennamme asiakkaalle hyötyä nopeasti',
      'Deliver benefit fast',
      'Digitalisoinnin periaate 4.',
    ],
    [
      'Palvelemme myös häiriötilanteissa',
      'Serve during disruptions too',
      'Digitalisoinnin periaate 5.',
    ],
    [
      'Pyydämme uutta tietoa vain kerran',
      'Ask for new data only once',
      'Digitalisoinnin periaate 6.',
    ],
    [
      'Hyödynnämme olemassa olevia julkisia sähköisiä palveluita',
      'Reuse existing public e-services',
      'Digitalisoinnin periaate 7.',
    ],
    [
      'Avaamme tiedon ja rajapinnat yksityisille ja kansalaisille',
      'Open data and APIs',
      'Digitalisoinnin periaate 8.',
    ],
    [
      'Nimeämme palvelulle ja sen toteutukselle omistajan',
      'Every service has an owner',
      'Digitalisoinnin periaate 9.',
    ],
  ];
  digital.forEach(([fi, en, doc], i) => dp(`dp-${i + 1}`, { fi, en }, doc));

  const tp = principle('tietoperiaatteet');
  const data: [string, string, string][] = [
    [
      'Tieto on hyödynnettävissä avoimen datan periaatteilla',
      'Data reusable as open data',
      'Tietosuojan ja salassapidon puitteissa tieto on edelleen hyödynnettävissä digitaalisessa muodossa.',
    ],
    ['Tieto kerätään vain kerran', 'Collect data once', 'Tiedon käytön periaate 2.'],
    [
      'Tieto on käytettävissä koko palveluketjussa',
      'Data available along the service chain',
      'Tieto ja data ovat käytettävissä, kun ihmisen tai yrityksen asiaa hoidetaan.',
    ],
    [
      'Asiakkaalla on itsemääräämisoikeus tietoihinsa',
      'Customers control their data',
      'Selkeät olettamasäännöt tietojen hyödynnettävyydestä.',
    ],
    [
      'Tieto seuraa ihmistä',
      'Data follows the person',
      'Potilas- ja asiakastieto on käytettävissä koko hoito- ja palveluketjun ajan; tuottajan vaihtuessa tieto siirtyy kansallisen alustan kautta.',
    ],
    [
      'Järjestäjä voi yhdistää potilas-, biopankki- ja genomitietoa',
      'Organiser may combine data',
      'Mahdollisuus yhdistää potilastietoa, biopankkitietoa, genomitietoa sekä massadataa ja pientä dataa.',
    ],
    [
      'Tiedon integraatio hoidetaan Kanta-alustan kautta',
      'Integrate through Kanta',
      'Tiedon integraatio hoidetaan pitkälti kehittyvän Kanta-alustan kautta.',
    ],
    [
      'Oma data hyödynnettävissä asiakkaan ehdoin',
      'Own data on the customer’s terms',
      'Ratkaisut mahdollistavat oman datan tuomisen palveluekosysteemiin asiakkaan määrittelemin ehdoin.',
    ],
  ];
  data.forEach(([fi, en, doc], i) => tp(`tp-${i + 1}`, { fi, en }, doc));

  const ip = principle('ict-periaatteet');
  const ict: [string, string, string, string][] = [
    [
      'ip-toiminnallinen',
      'Toiminnallisen kehittämisen periaate',
      'Business-led development',
      'ICT-ratkaisut kehitetään ensisijaisesti toiminnan kehittämishankkeina; hyöty varmistetaan kustannushyötyanalyysillä ja investointilaskelmilla.',
    ],
    [
      'ip-ekosysteemi',
      'Palveluekosysteemiin liittämisen periaate',
      'Join the service ecosystem',
      'Kaikki ICT-ratkaisut liitetään monikerroksiseen palveluekosysteemiin.',
    ],
    [
      'ip-skaalautuvuus',
      'Skaalattavuuden periaate',
      'Scalability',
      'Ratkaisut valmistellaan, kilpailutetaan ja toteutetaan niin, että ne voidaan ottaa käyttöön kaikissa maakunnissa.',
    ],
    [
      'ep-palvelualusta',
      'Julkinen hallinto on palvelualusta',
      'Government as a platform',
      'Julkiset, yksityiset ja järjestöjen palvelut sekä ihmisten omat ratkaisut liittyvät yhteiseen alustaan.',
    ],
    [
      'ep-ydin',
      'Julkisen vallan ylläpitämä tieto- ja järjestelmäydin',
      'Publicly maintained core',
      'Palvelualustassa on julkisen vallan rahoittama ja ylläpitämä ydin.',
    ],
    [
      'ep-rajapinnat',
      'Kerrokset liitetään yhteentoimivilla rajapinnoilla',
      'Interoperable interfaces between layers',
      'Kerrokset ja niiden sovellukset liitetään toisiinsa rajapinnoilla ja datan yhteentoimivuudella.',
    ],
    [
      'ep-palveluvayla',
      'Palvelut ovat saavutettavissa kansallisen palveluväylän kautta',
      'Services reachable via the national bus',
      'Ytimen palvelut ovat käytettävissä palveluväylän kautta.',
    ],
  ];
  for (const [key, fi, en, doc] of ict) ip(key, { fi, en }, doc);
}
