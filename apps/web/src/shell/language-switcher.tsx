import { useTranslation } from 'react-i18next';
import { LANGS } from '@kartasto/metamodel';
import { setLang, useLang } from '../i18n/i18n';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = useLang();
  return (
    <div className="language-switcher" role="group" aria-label={t('header.language')}>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === current}
          className={lang === current ? 'active' : undefined}
          onClick={() => setLang(lang)}
          data-testid={`lang-${lang}`}
          title={t(`languages.${lang}`)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
