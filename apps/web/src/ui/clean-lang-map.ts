import type { LangMap } from '@kartasto/metamodel';

/** Drops blank languages and trims the rest, so "" never overrides another language's text. */
export function cleanLangMap(map: LangMap): LangMap {
  const out: LangMap = {};
  for (const [lang, text] of Object.entries(map)) {
    const trimmed = text.trim();
    if (trimmed) out[lang] = trimmed;
  }
  return out;
}
