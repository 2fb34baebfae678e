import type { LangMap } from '@kartasto/metamodel';
import type { EcosystemBand } from './ecosystem-bands';
import type { ModelBuilder } from './model-builder';

/** A shorthand that adds elements of one type, folder and specialization. */
export type Maker = (
  key: string,
  name: LangMap,
  doc: string,
  band?: EcosystemBand,
  props?: Record<string, string | number | undefined>,
) => string;

export function maker(
  b: ModelBuilder,
  type: string,
  folder: string,
  specialization: string | undefined,
): Maker {
  return (key, name, doc, band, props) =>
    b.element({ key, type, name, doc, folder, specialization, band, props });
}
