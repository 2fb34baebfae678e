import { GraphQLScalarType, Kind, ValueNode } from 'graphql';
import type { LangMap } from '@kartasto/metamodel';
import { validation } from './domain-error';

const LANG_KEY = /^([a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*)?$/;

export function toLangMap(value: unknown): LangMap {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw validation('A text in several languages must be an object like {"fi": "…", "en": "…"}.');
  const out: LangMap = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!LANG_KEY.test(k)) throw validation(`"${k}" is not a language tag.`);
    if (typeof v !== 'string') throw validation(`The text for language "${k}" must be a string.`);
    if (v.length > 100_000) throw validation(`The text for language "${k}" is too long.`);
    out[k] = v;
  }
  return out;
}

function literal(ast: ValueNode): unknown {
  if (ast.kind !== Kind.OBJECT) return null;
  const o: Record<string, unknown> = {};
  for (const f of ast.fields) o[f.name.value] = f.value.kind === Kind.STRING ? f.value.value : null;
  return o;
}

/** Text per language, e.g. {"fi": "Kanta-palvelut", "sv": "Kanta-tjänsterna"}. */
export const LangMapScalar = new GraphQLScalarType<LangMap, LangMap>({
  name: 'LangMap',
  description:
    'Text per language: an object whose keys are language tags ("fi", "sv", "en"; "" for text with no language).',
  serialize: (value) => (value ?? {}) as LangMap,
  parseValue: toLangMap,
  parseLiteral: (ast) => toLangMap(literal(ast)),
});
