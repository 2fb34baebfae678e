import { GraphQLScalarType, Kind, ValueNode } from 'graphql';
import type { LangMap } from '@kartasto/metamodel';
import { validation } from './domain-error';

/** Whether a text has words in at least one language (a name may not be blank in all of them). */
export function hasText(map: LangMap | undefined | null): boolean {
  return !!map && Object.values(map).some((t) => t.trim().length > 0);
}

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

/**
 * Reads an inline object literal. Variables inside it are resolved when known; while a document
 * is only being validated (no variables yet) they stand in as empty text.
 */
function literal(ast: ValueNode, variables?: Record<string, unknown> | null): unknown {
  const value = (node: ValueNode): unknown =>
    node.kind === Kind.STRING
      ? node.value
      : node.kind === Kind.VARIABLE
        ? variables
          ? variables[node.name.value]
          : ''
        : null;
  if (ast.kind === Kind.VARIABLE) return variables ? variables[ast.name.value] : {};
  if (ast.kind !== Kind.OBJECT) return null;
  const o: Record<string, unknown> = {};
  for (const f of ast.fields) o[f.name.value] = value(f.value);
  return o;
}

/** Text per language, e.g. {"fi": "Kanta-palvelut", "sv": "Kanta-tjänsterna"}. */
export const LangMapScalar = new GraphQLScalarType<LangMap, LangMap>({
  name: 'LangMap',
  description:
    'Text per language: an object whose keys are language tags ("fi", "sv", "en"; "" for text with no language).',
  serialize: (value) => (value ?? {}) as LangMap,
  parseValue: toLangMap,
  parseLiteral: (ast, variables) => toLangMap(literal(ast, variables)),
});
