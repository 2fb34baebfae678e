import { useTranslation } from 'react-i18next';
import type { ModelState } from '@kartasto/graphql';
import { textIn, type LangMap } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';

export interface ChooserOrganization {
  id: string;
  name: LangMap;
}

export interface ChooserModel {
  id: string;
  name: LangMap;
  organizationId: string;
  state: ModelState;
  canEdit: boolean;
}

interface ModelChooserProps {
  organizations: readonly ChooserOrganization[];
  models: readonly ChooserModel[];
  organizationId: string | null;
  modelId: string | null;
  onOrganization(organizationId: string): void;
  onModel(modelId: string): void;
}

/** Organisation first, then that organisation's models: the two choices every screen hangs on. */
export function ModelChooser(props: ModelChooserProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const ownModels = props.models.filter((m) => m.organizationId === props.organizationId);
  return (
    <div className="model-chooser">
      <label>
        <span className="visually-hidden">{t('header.organization')}</span>
        <select
          value={props.organizationId ?? ''}
          onChange={(e) => props.onOrganization(e.target.value)}
          data-testid="organization-select"
        >
          {props.organizationId === null && <option value="">{t('header.organization')}</option>}
          {props.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {textIn(o.name, lang)}
            </option>
          ))}
        </select>
      </label>
      <span className="separator" aria-hidden="true">
        /
      </span>
      <label>
        <span className="visually-hidden">{t('header.model')}</span>
        <select
          value={props.modelId ?? ''}
          onChange={(e) => props.onModel(e.target.value)}
          data-testid="model-select"
        >
          {(props.modelId === null || ownModels.length === 0) && (
            <option value="">{t('header.noModel')}</option>
          )}
          {ownModels.map((m) => (
            <option key={m.id} value={m.id}>
              {optionLabel(textIn(m.name, lang), t(`modelState.${m.state}`))}
              {m.canEdit ? '' : ` (${t('header.readOnly')})`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** "Name · state", unless the name already says its state (as "Pohjois-Karjala – nykytila" does). */
function optionLabel(name: string, state: string): string {
  return name.toLocaleLowerCase().includes(state.toLocaleLowerCase()) ? name : `${name} · ${state}`;
}
