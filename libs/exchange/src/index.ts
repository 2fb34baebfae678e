export * from './exchange-error';
export * from './exchange-reader';
export * from './exchange-writer';
export * from './compare-documents';
export type { ExchangeInput } from './input-decoder';
export { isNcName, toXmlId } from './xml-names';
export * from './archi-csv';
export * from './folder-hints';
