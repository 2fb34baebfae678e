import type { LangMap } from '@kartasto/metamodel';

/**
 * The key a property's text is edited under: language-less values stay language-less, values
 * already kept per language are edited in the user's language.
 */
function keyFor(value: LangMap | undefined, lang: string): string {
  if (!value || Object.keys(value).length === 0 || '' in value) return '';
  return lang;
}

export function propertyText(value: LangMap | undefined, lang: string): string {
  if (!value) return '';
  return value[keyFor(value, lang)] ?? '';
}

export function withPropertyText(value: LangMap | undefined, lang: string, text: string): LangMap {
  return { ...(value ?? {}), [keyFor(value, lang)]: text };
}
