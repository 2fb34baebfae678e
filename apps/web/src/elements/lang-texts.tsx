import { useTranslation } from 'react-i18next';
import { LANGS, textIn, type LangMap } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';

/** The text in the user's language, with the other languages listed below it. */
export function LangTexts({ value, testId }: { value: LangMap; testId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const main = textIn(value, lang);
  // When the main text is itself a fallback, do not list that same language again below it.
  const others = LANGS.filter((l) => l !== lang && value[l] && (value[lang] || value[l] !== main));
  return (
    <div className="lang-texts">
      <p className={main ? 'lang-main' : 'lang-main muted'} data-testid={testId}>
        {main || t('element.noText')}
      </p>
      {others.length > 0 && (
        <dl className="lang-others">
          {others.map((l) => (
            <div key={l}>
              <dt title={t(`languages.${l}`)}>{l.toUpperCase()}</dt>
              <dd lang={l}>{value[l]}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
