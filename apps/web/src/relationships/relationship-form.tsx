import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  allowedRelationships,
  elementTypeLabel,
  relationshipTypeLabel,
  textIn,
  type LangMap,
} from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';
import { TypeBadge } from '../ui/type-badge';
import { RelationshipExtras, type RelationshipExtrasValue } from './relationship-extras';

interface End {
  id: string;
  name: LangMap;
  type: string;
}

export interface RelationshipChoice extends RelationshipExtrasValue {
  type: string;
}

interface RelationshipFormProps {
  source: End;
  target: End;
  busy: boolean;
  error: string | null;
  onSubmit(choice: RelationshipChoice): void;
  onChangeTarget(): void;
  onCancel(): void;
}

/** With both ends known, offers only the relationship types ArchiMate allows between them. */
export function RelationshipForm({
  source,
  target,
  busy,
  error,
  onSubmit,
  onChangeTarget,
  onCancel,
}: RelationshipFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const allowed = allowedRelationships(source.type, target.type);
  const [type, setType] = useState<string>(allowed[0] ?? '');
  const [extras, setExtras] = useState<RelationshipExtrasValue>({
    accessType: 'Write',
    influenceStrength: '',
    isDirected: false,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (type) onSubmit({ type, ...extras });
  };
  return (
    <form className="relationship-form" onSubmit={submit} data-testid="relationship-form">
      <p className="relationship-ends">
        <TypeBadge type={source.type} compact /> {textIn(source.name, lang)}
        <span aria-hidden="true"> → </span>
        <TypeBadge type={target.type} compact /> <strong>{textIn(target.name, lang)}</strong>{' '}
        <button type="button" className="link-button" onClick={onChangeTarget}>
          {t('relationships.changeTarget')}
        </button>
      </p>
      {allowed.length === 0 ? (
        <p className="notice warning" data-testid="relationship-none-allowed">
          {t('relationships.noneAllowed', {
            source: elementTypeLabel(source.type, lang),
            target: elementTypeLabel(target.type, lang),
          })}
        </p>
      ) : (
        <>
          <fieldset className="type-choices">
            <legend>{t('relationships.type')}</legend>
            {allowed.map((rt) => (
              <label key={rt} className="radio">
                <input
                  type="radio"
                  name="relationship-type"
                  value={rt}
                  checked={type === rt}
                  onChange={() => setType(rt)}
                  data-testid={`relationship-type-${rt}`}
                />
                {relationshipTypeLabel(rt, lang)}
              </label>
            ))}
          </fieldset>
          <RelationshipExtras type={type} value={extras} onChange={setExtras} />
        </>
      )}
      {error && (
        <p className="error" role="alert" data-testid="relationship-error">
          {error}
        </p>
      )}
      <div className="button-row">
        {allowed.length > 0 && (
          <button
            type="submit"
            className="primary"
            disabled={busy || !type}
            data-testid="relationship-save"
          >
            {busy ? t('common.saving') : t('relationships.create')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
