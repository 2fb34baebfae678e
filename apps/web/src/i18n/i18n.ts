import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { isLang, type Lang } from '@kartasto/metamodel';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

const STORAGE_KEY = 'kartasto.lang';

function storedLang(): Lang {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY) ?? '';
    return isLang(value) ? value : 'fi';
  } catch {
    return 'fi';
  }
}

export function initI18n() {
  const lng = storedLang();
  document.documentElement.lang = lng;
  return i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'fi',
    resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** Switches the UI language and remembers it for the next visit. */
export function setLang(lang: Lang): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts until the tab closes.
  }
}

/** The chosen UI language, narrowed to the three Kartasto speaks. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLang(lang) ? lang : 'fi';
}
