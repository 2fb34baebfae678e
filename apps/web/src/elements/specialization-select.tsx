import { useTranslation } from 'react-i18next';
import { specializationLabel, specializationsFor } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';

interface SpecializationSelectProps {
  type: string;
  value: string;
  onChange(value: string): void;
}

/** JHS 179 specializations that fit the type; a stored one that no longer fits stays visible. */
export function SpecializationSelect({ type, value, onChange }: SpecializationSelectProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const options = specializationsFor(type);
  const known = options.some((s) => s.name === value);
  if (options.length === 0 && !value) return null;
  return (
    <label>
      {t('element.specialization')}
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid="specialization-select"
      >
        <option value="">{t('element.noSpecialization')}</option>
        {options.map((s) => (
          <option key={s.id} value={s.name}>
            {s.labels[lang]}
          </option>
        ))}
        {value && !known && <option value={value}>{specializationLabel(value, lang)}</option>}
      </select>
    </label>
  );
}
