import { useTranslation } from 'react-i18next';
import { ACCESS_TYPES, accessTypeLabel, type AccessType } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';

export interface RelationshipExtrasValue {
  accessType: AccessType;
  influenceStrength: string;
  isDirected: boolean;
}

interface RelationshipExtrasProps {
  type: string;
  value: RelationshipExtrasValue;
  onChange(value: RelationshipExtrasValue): void;
}

/** The fields only some relationship types have: access mode, influence strength, direction. */
export function RelationshipExtras({ type, value, onChange }: RelationshipExtrasProps) {
  const { t } = useTranslation();
  const lang = useLang();
  if (type === 'Access')
    return (
      <label>
        {t('relationships.accessType')}
        <select
          value={value.accessType}
          onChange={(e) => onChange({ ...value, accessType: e.target.value as AccessType })}
          data-testid="relationship-access-type"
        >
          {ACCESS_TYPES.map((a) => (
            <option key={a} value={a}>
              {accessTypeLabel(a, lang)}
            </option>
          ))}
        </select>
      </label>
    );
  if (type === 'Influence')
    return (
      <label>
        {t('relationships.strength')}
        <input
          type="text"
          value={value.influenceStrength}
          placeholder="+, ++, -, --, 0…10"
          onChange={(e) => onChange({ ...value, influenceStrength: e.target.value })}
          data-testid="relationship-strength"
        />
      </label>
    );
  if (type === 'Association')
    return (
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.isDirected}
          onChange={(e) => onChange({ ...value, isDirected: e.target.checked })}
          data-testid="relationship-directed"
        />
        {t('relationships.directed')}
      </label>
    );
  return null;
}
