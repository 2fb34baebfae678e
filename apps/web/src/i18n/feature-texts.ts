import i18next from 'i18next';
import { useTranslation } from 'react-i18next';

/** Dotted paths to every text of a nested dictionary, e.g. "legend.title". */
export type TextKey<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : TextKey<T[K], `${P}${K}.`>;
}[keyof T & string];

/**
 * A feature's own fi/sv/en dictionary under one namespace key, added to i18next on first use,
 * and a typed `t` hook for it (so features do not grow the shell's dictionaries).
 */
export function featureTexts<T extends object>(
  namespace: string,
  dictionaries: { fi: T; sv: T; en: T },
) {
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
    for (const [lang, texts] of Object.entries(dictionaries))
      i18next.addResourceBundle(lang, 'translation', { [namespace]: texts }, true, false);
  };
  return function useFeatureT(): (key: TextKey<T>, vars?: Record<string, unknown>) => string {
    register();
    const { t } = useTranslation();
    const untyped = t as unknown as (key: string, vars?: Record<string, unknown>) => string;
    return (key, vars) => untyped(`${namespace}.${key}`, vars);
  };
}
