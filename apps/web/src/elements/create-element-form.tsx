import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LangMap } from '@kartasto/metamodel';
import type { FlatFolder } from '../repository/folder-tree-model';
import { cleanLangMap } from '../ui/clean-lang-map';
import { LangMapFields } from '../ui/lang-map-fields';
import { FolderSelect } from './folder-select';
import { SpecializationSelect } from './specialization-select';
import { TypePicker } from './type-picker';

export interface NewElement {
  type: string;
  specialization: string;
  name: LangMap;
  documentation: LangMap;
  folderId: string;
}

interface CreateElementFormProps {
  folders: readonly FlatFolder[];
  busy: boolean;
  error: string | null;
  onSubmit(element: NewElement): void;
  onCancel(): void;
}

export function CreateElementForm({
  folders,
  busy,
  error,
  onSubmit,
  onCancel,
}: CreateElementFormProps) {
  const { t } = useTranslation();
  const [type, setType] = useState('ApplicationComponent');
  const [specialization, setSpecialization] = useState('');
  const [name, setName] = useState<LangMap>({});
  const [documentation, setDocumentation] = useState<LangMap>({});
  const [folderId, setFolderId] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      type,
      specialization,
      name: cleanLangMap(name),
      documentation: cleanLangMap(documentation),
      folderId,
    });
  };
  return (
    <form className="create-element-form" onSubmit={submit} data-testid="create-element-form">
      <div className="form-grid">
        <TypePicker
          value={type}
          onChange={(next) => {
            setType(next);
            setSpecialization('');
          }}
        />
        <SpecializationSelect type={type} value={specialization} onChange={setSpecialization} />
        <FolderSelect folders={folders} value={folderId} onChange={setFolderId} />
      </div>
      <LangMapFields
        legend={t('element.name')}
        value={name}
        onChange={setName}
        required
        testId="new-name"
      />
      <LangMapFields
        legend={t('element.documentation')}
        value={documentation}
        onChange={setDocumentation}
        multiline
        testId="new-documentation"
      />
      {error && (
        <p className="error" role="alert" data-testid="create-element-error">
          {error}
        </p>
      )}
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={busy}
          data-testid="create-element-submit"
        >
          {busy ? t('common.saving') : t('element.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
