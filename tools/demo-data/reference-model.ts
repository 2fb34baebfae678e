import type { ModelDocument } from '@kartasto/metamodel';
import { ECOSYSTEM_BAND_PROPERTY } from './ecosystem-bands';
import { addStandardFolders, ModelBuilder } from './model-builder';
import { addActors, addBusinessBehaviour, addStrategy } from './reference-business';
import { addMotivation } from './reference-motivation';
import { addImplementation } from './reference-projects';
import { addReferenceRelationships } from './reference-relationships';
import {
  addCoreSystems,
  addDataLayer,
  addServiceBus,
  addServiceLayerSystems,
} from './reference-systems';
import { buildCoreView } from './reference-view';

/**
 * "Maakuntien viitearkkitehtuuri": the layered service ecosystem of the regional reform as
 * the seed documents describe it (tieto- ja järjestelmäydin, KaPA, tieto- ja datakerros,
 * palvelukerrokset), its principles, and the national projects of the digital change
 * programme with their budgets and realised costs from the programme's final report.
 */
export const REFERENCE_PREFIX = 'ref';

/** Full id of a reference element, for region models that trace to it. */
export function refId(key: string): string {
  return `${REFERENCE_PREFIX}-${key}`;
}

function addFolders(b: ModelBuilder): void {
  addStandardFolders(b);
  b.folder('toimijat', { fi: 'Toimijat', sv: 'Aktörer', en: 'Actors' }, 'liiketoiminta');
  b.folder('palvelut', { fi: 'Palvelut', sv: 'Tjänster', en: 'Services' }, 'liiketoiminta');
  b.folder('prosessit', { fi: 'Prosessit ja toiminnot', en: 'Processes' }, 'liiketoiminta');
  b.folder('ydin', { fi: 'Tieto- ja järjestelmäydin', en: 'Shared core' }, 'sovellukset');
  b.folder(
    'kapa',
    { fi: 'KaPA – kansallinen palveluväylä', en: 'National service bus' },
    'sovellukset',
  );
  b.folder('datakerros', { fi: 'Tieto- ja datakerros', en: 'Data layer' }, 'sovellukset');
  b.folder(
    'palvelukerrokset',
    { fi: 'Palvelukerrosten sovellukset', en: 'Service layers' },
    'sovellukset',
  );
  b.folder('tiedot', { fi: 'Tieto-objektit', en: 'Data objects' }, 'sovellukset');
  b.folder(
    'sovelluspalvelut',
    { fi: 'Sovelluspalvelut', en: 'Application services' },
    'sovellukset',
  );
  b.folder(
    'tavoitteet',
    { fi: 'Ajurit, tavoitteet ja linjaukset', en: 'Drivers and goals' },
    'motivaatio',
  );
  b.folder(
    'digiperiaatteet',
    { fi: 'Digitalisoinnin periaatteet', en: 'Digitalisation principles' },
    'motivaatio',
  );
  b.folder(
    'tietoperiaatteet',
    { fi: 'Tiedon käyttöä koskevat periaatteet', en: 'Data use principles' },
    'motivaatio',
  );
  b.folder(
    'ict-periaatteet',
    { fi: 'ICT:n kehittämistyön ja ekosysteemin periaatteet', en: 'ICT principles' },
    'motivaatio',
  );
  b.folder('hankkeet', { fi: 'Kansalliset hankkeet', en: 'National projects' }, 'toteutus');
  b.folder('tuotokset', { fi: 'Tuotokset', en: 'Deliverables' }, 'toteutus');
}

function addPropertyDefinitions(b: ModelBuilder): void {
  b.propertyDefinition(ECOSYSTEM_BAND_PROPERTY.key, ECOSYSTEM_BAND_PROPERTY.name, 'string');
  b.propertyDefinition('budjetti', { fi: 'budjetti', sv: 'budget', en: 'budget' }, 'currency');
  b.propertyDefinition(
    'toteutuneet-kustannukset',
    { fi: 'toteutuneet kustannukset', sv: 'realiserade kostnader', en: 'actual costs' },
    'currency',
  );
}

export function buildReferenceModel(): ModelDocument {
  const b = new ModelBuilder(
    REFERENCE_PREFIX,
    {
      fi: 'Maakuntien viitearkkitehtuuri',
      sv: 'Landskapens referensarkitektur',
      en: 'Regional reference architecture',
    },
    {
      fi: 'Kerroksellinen palveluekosysteemi: julkisen vallan ylläpitämä tieto- ja järjestelmäydin, kansallinen palveluväylä, tieto- ja datakerros sekä julkisten, yksityisten ja kolmannen sektorin palvelukerrokset ja asiakkaan omadatapalvelut. Mukana digitalisoinnin ja tiedon käytön periaatteet sekä digimuutosohjelman kansalliset hankkeet.',
    },
  );
  addFolders(b);
  addPropertyDefinitions(b);
  addStrategy(b);
  addActors(b);
  addBusinessBehaviour(b);
  addCoreSystems(b);
  addServiceBus(b);
  addDataLayer(b);
  addServiceLayerSystems(b);
  addMotivation(b);
  addImplementation(b);
  addReferenceRelationships(b);
  buildCoreView(b);
  return b.build();
}
