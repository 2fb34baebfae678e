// Words and element types the benchmarks' generated models are made of, in one place.

/** Finnish words for element names (the demo data's own vocabulary). */
export const FINNISH_WORDS = [
  'asiakas',
  'potilas',
  'palvelu',
  'tieto',
  'rekisteri',
  'ajanvaraus',
  'laskutus',
  'hoito',
  'sosiaali',
  'talous',
  'henkilöstö',
  'varasto',
];

/** A handful of common element types for models whose types do not matter much. */
export const COMMON_ELEMENT_TYPES = [
  'ApplicationComponent',
  'ApplicationService',
  'BusinessProcess',
  'DataObject',
  'BusinessActor',
];
