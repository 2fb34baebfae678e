import { LANGS, type LangMap } from '@kartasto/metamodel';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/i18n';

interface LangMapFieldsProps {
  legend: string;
  value: LangMap;
  multiline?: boolean;
  required?: boolean;
  testId: string;
  onChange(value: LangMap): void;
}

/** One field per language, the user's own first: every text in Kartasto is fi/sv/en. */
export function LangMapFields({
  legend,
  value,
  multiline,
  required,
  testId,
  onChange,
}: LangMapFieldsProps) {
  const { t } = useTranslation();
  const current = useLang();
  const order = [current, ...LANGS.filter((l) => l !== current)];
  return (
    <fieldset className="lang-map-fields">
      <legend>{legend}</legend>
      {order.map((lang) => {
        const props = {
          lang,
          value: value[lang] ?? '',
          required: required && lang === current && !Object.values(value).some(Boolean),
          onChange: (e: { target: { value: string } }) =>
            onChange({ ...value, [lang]: e.target.value }),
          'data-testid': `${testId}-${lang}`,
        };
        return (
          <label key={lang} className="lang-row">
            <span className="lang-tag" title={t(`languages.${lang}`)}>
              {lang.toUpperCase()}
            </span>
            {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
          </label>
        );
      })}
    </fieldset>
  );
}
