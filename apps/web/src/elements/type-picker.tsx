import { useTranslation } from 'react-i18next';
import { ELEMENT_TYPE_DEFS, LAYERS, elementTypeLabel, layerLabel } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';

/** Every ArchiMate element type, grouped by layer, named in the user's language. */
export function TypePicker({ value, onChange }: { value: string; onChange(type: string): void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <label>
      {t('element.type')}
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        autoFocus
        data-testid="type-select"
      >
        {LAYERS.map((layer) => (
          <optgroup key={layer} label={layerLabel(layer, lang)}>
            {ELEMENT_TYPE_DEFS.filter((d) => d.layer === layer).map((d) => (
              <option key={d.type} value={d.type}>
                {elementTypeLabel(d.type, lang)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
