import type { ModelBuilder } from './model-builder';
import { maker } from './reference-maker';

interface Project {
  key: string;
  fi: string;
  budget?: number;
  actual?: number;
  doc: string;
}

/** National projects of the digital change programme with figures from its final report. */
export const PROJECTS: readonly Project[] = [
  {
    key: 'hk-viitearkkitehtuuri',
    fi: 'Maakuntien viitearkkitehtuuri',
    actual: 169533,
    doc: 'JHS 179 -mukaiset periaate-, toiminta- ja tietoarkkitehtuurikuvaukset; v1.0 hyväksyttiin kesäkuussa 2018. Luku = vaiheen 1 ostopalvelut.',
  },
  {
    key: 'hk-kokonaisarkkitehtuuri',
    fi: 'Maakuntien kokonaisarkkitehtuuri',
    actual: 270235,
    doc: 'Yhteisten osien kuvaus, 13 ekosysteemikuvausta ja viitearkkitehtuurin v1.5 (helmikuu 2019). Luku = vaiheen 2 ostopalvelut.',
  },
  {
    key: 'hk-valtion-jarjestelmat',
    fi: 'Valtion järjestelmien käyttö ja liityntäpinnat',
    budget: 2100000,
    actual: 213500,
    doc: 'Valtiolta siirtyvien tehtävien järjestelmät käyttöön kytkentäytimen kautta; JHS 179 -mukainen tietojärjestelmäsalkku. Keskeytettiin.',
  },
  {
    key: 'hk-valvontasovellus',
    fi: 'Pelastustoimen valvontasovellus',
    budget: 491500,
    actual: 204862,
    doc: 'Määrittelyjen päivitys ja hankinnan valmistelu; hankintakustannus arvioitiin 6,1 milj. euroksi.',
  },
  {
    key: 'hk-kvh',
    fi: 'Käyttäjä- ja käyttövaltuushallinta (KVH)',
    budget: 8940000,
    actual: 309000,
    doc: 'Maakuntien yhteinen käyttövaltuushallinnan kokonaisratkaisu; hankintavaiheessa keskeytettäessä.',
  },
  {
    key: 'hk-kytkentaydin',
    fi: 'Tietoverkkojen kytkentäydin',
    budget: 9000000,
    actual: 284000,
    doc: 'Uudistuksen osapuolia yhdistävä sisäinen tietoliikenneverkko.',
  },
  {
    key: 'hk-asianhallinta',
    fi: 'Asianhallinta',
    budget: 5800000,
    actual: 235300,
    doc: 'Maakuntien asianhallintapalvelu; hankinta keskeytettiin maaliskuussa 2019.',
  },
  {
    key: 'hk-asioinnin-tuki',
    fi: 'Maakuntien sähköisen asioinnin tukipalvelu',
    budget: 1600000,
    actual: 165000,
    doc: 'Suomi.fi-, varmenne- ja VTJ-palvelujen käyttöönoton tuki; Viestit-palvelun käyttöönotto.',
  },
  {
    key: 'hk-verkkosisallot',
    fi: 'Maakuntien yhteiset verkkosisällöt',
    budget: 400000,
    actual: 221407,
    doc: 'Verkkopalvelukonsepti ja PTV-pohjakuvaukset; koordinoi VRK.',
  },
  {
    key: 'hk-mati',
    fi: 'Maakuntien tietojohtamisen ratkaisukokonaisuus (MaTi)',
    actual: 422000,
    doc: 'Tietoallas, tietovarastointi, raportointi ja analytiikka; alustava arkkitehtuuri valmistui.',
  },
  {
    key: 'hk-asiakkuudenhallinta',
    fi: 'Johtamisen työkalut, asiakkuudenhallinta',
    actual: 263000,
    doc: 'Esiselvitys (noin 119 000 €) ja vaatimusmäärittely (noin 144 000 €).',
  },
  {
    key: 'hk-soutu',
    fi: 'Kanta-muutokset (SOUTU)',
    actual: 3850000,
    doc: 'Sote-uudistuksen edellyttämät muutokset Kanta-palveluihin; Kela 3,4 milj. € ja THL 0,45 milj. €.',
  },
  {
    key: 'hk-soteri',
    fi: 'Soteri-rekisteri',
    actual: 1079230,
    doc: 'Palveluntuottajarekisterin MVP-versio tuotantovalmiiksi 3/2019.',
  },
  {
    key: 'hk-valinnanvapaus',
    fi: 'Valinnanvapauden tiedonhallintapalvelut',
    budget: 18100000,
    actual: 10130000,
    doc: 'Kelan toteuttamat tuottajahallinta, asiakkaan valinta ja kiinteän korvauksen laskenta.',
  },
  {
    key: 'hk-suomifi-vertailu',
    fi: 'Suomi.fi valinnanvapauden tueksi',
    actual: 2723433,
    doc: 'Suoran valinnan vertailupalvelu ja Kelan ja Valviran rajapinnat.',
  },
  {
    key: 'hk-luokitukset',
    fi: 'Keskeisten palveluluokitusten harmonisointi',
    actual: 93589,
    doc: 'Sosiaali- ja terveyspalvelujen luokitus kansalliseen koodistopalveluun.',
  },
  {
    key: 'hk-omaolo',
    fi: 'Omaolo (ODA)',
    budget: 13600000,
    actual: 6945481,
    doc: 'Omahoidon ja digitaalisen palvelukanavan kehittäminen; siirrettiin SoteDigi Oy:lle 2018.',
  },
];

export function addImplementation(b: ModelBuilder): void {
  b.element({
    key: 'digimuutosohjelma',
    type: 'WorkPackage',
    name: { fi: 'Maakunta- ja sote-uudistuksen digimuutosohjelma', en: 'Digital change programme' },
    doc: 'Poikkihallinnollinen ohjelma (VM054:00/2018), joka toteutettiin hankkeiden ja toimenpiteiden salkkuna. Rahoitus momentilta 28.70.05: 17 milj. € (2017), 132,3 milj. € (2018), 98,15 milj. € (2019) ja lisäksi 15 milj. € vuoden 2018 lisätalousarviossa. Käyttämättä jäi arviolta noin 40 milj. € ja vuoden 2019 määräraha kokonaan.',
    folder: 'hankkeet',
    props: { budjetti: 262450000 },
  });
  for (const p of PROJECTS) {
    b.element({
      key: p.key,
      type: 'WorkPackage',
      name: { fi: p.fi },
      doc: p.doc,
      specialization: 'Hanke',
      folder: 'hankkeet',
      props: { budjetti: p.budget, 'toteutuneet-kustannukset': p.actual },
    });
  }
  const del = maker(b, 'Deliverable', 'tuotokset', undefined);
  del(
    'del-viitearkkitehtuuri',
    { fi: 'Maakuntien viitearkkitehtuuri v1.5', en: 'Regional reference architecture v1.5' },
    'Julkaistu alueuudistus.fi-sivustolla helmikuussa 2019.',
  );
  del(
    'del-ekosysteemikuvaukset',
    { fi: 'Ekosysteemikuvaukset (13 kpl)', en: 'Ecosystem descriptions' },
    'Luovutettu ekosysteemejä koordinoiville tahoille ylläpidettäväksi.',
  );
  del(
    'del-tuottajarekisteri',
    { fi: 'Palveluntuottajarekisterin MVP', en: 'Provider register MVP' },
    'Rekisteröintiprosessi ja sähköinen asiointi.',
  );
  del(
    'del-valintapalvelu',
    { fi: 'Asiakkaan valinnan toteuttava palvelu', en: 'Choice registration service' },
    'Valmistui sote-keskusten pilotointeihin maaliskuussa 2019.',
  );
  del(
    'del-luokitus',
    {
      fi: 'Sosiaali- ja terveyspalvelujen luokitus',
      en: 'Social and health service classification',
    },
    'Saatavilla kansallisessa koodistopalvelussa.',
  );
  del(
    'del-soutu-muutokset',
    { fi: 'Kanta-palvelujen uudistusmuutokset', en: 'Kanta changes for the reform' },
    'Asiakirjojen siirto maakunnille, tallennus järjestäjän lukuun, OmaKannan valintamuutokset.',
  );
}
