import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn, type LangMap } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';
import { cleanLangMap } from '../ui/clean-lang-map';
import { LangMapFields } from '../ui/lang-map-fields';
import { propertyText, withPropertyText } from './property-values';
import { SpecializationSelect } from './specialization-select';

export interface ElementEdit {
  name: LangMap;
  documentation: LangMap;
  specialization: string;
  properties: { definitionId: string; value: LangMap }[];
}

interface ElementEditFormProps {
  type: string;
  initial: ElementEdit;
  propertyDefinitions: readonly { identifier: string; name: LangMap }[];
  busy: boolean;
  error: string | null;
  onSave(edit: ElementEdit): void;
  onCancel(): void;
}

export function ElementEditForm(props: ElementEditFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [name, setName] = useState(props.initial.name);
  const [documentation, setDocumentation] = useState(props.initial.documentation);
  const [specialization, setSpecialization] = useState(props.initial.specialization);
  const [properties, setProperties] = useState(
    () => new Map(props.initial.properties.map((p) => [p.definitionId, p.value])),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSave({
      name: cleanLangMap(name),
      documentation: cleanLangMap(documentation),
      specialization,
      properties: [...properties]
        .map(([definitionId, value]) => ({ definitionId, value: cleanLangMap(value) }))
        .filter((p) => Object.keys(p.value).length > 0),
    });
  };
  return (
    <form
      className="element-edit-form"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
      data-testid="element-edit-form"
    >
      <LangMapFields
        legend={t('element.name')}
        value={name}
        onChange={setName}
        required
        testId="edit-name"
      />
      <LangMapFields
        legend={t('element.documentation')}
        value={documentation}
        onChange={setDocumentation}
        multiline
        testId="edit-documentation"
      />
      <SpecializationSelect type={props.type} value={specialization} onChange={setSpecialization} />
      {props.propertyDefinitions.length > 0 && (
        <fieldset>
          <legend>{t('element.properties')}</legend>
          {props.propertyDefinitions.map((def) => (
            <label key={def.identifier}>
              {textIn(def.name, lang) || def.identifier}
              <input
                type="text"
                value={propertyText(properties.get(def.identifier), lang)}
                onChange={(e) =>
                  setProperties((m) =>
                    new Map(m).set(
                      def.identifier,
                      withPropertyText(m.get(def.identifier), lang, e.target.value),
                    ),
                  )
                }
              />
            </label>
          ))}
        </fieldset>
      )}
      {props.error && (
        <p className="error" role="alert">
          {props.error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={props.busy} data-testid="edit-save">
          {props.busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
