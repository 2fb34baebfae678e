import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isGqlError } from '@kartasto/graphql';
import { textIn } from '@kartasto/metamodel';
import { useErrorMessage } from '../api/use-error-message';
import { useLang } from '../i18n/i18n';
import { useModel, usePropertyDefinitions } from '../models/use-model';
import { CreateRelationshipContainer } from '../relationships/create-relationship-container';
import { ConflictNotice } from './conflict-notice';
import { DeleteConfirm } from './delete-confirm';
import { DeletedBanner } from './deleted-banner';
import { ElementEditForm, type ElementEdit } from './element-edit-form';
import { ElementPanel } from './element-panel';
import { useElement } from './use-element';
import { useDeleteElement, useRestoreElement, useUpdateElement } from './use-element-mutations';

type Mode = 'view' | 'edit' | 'confirm-delete' | 'relate';

/** Container: loads one element and its model, and owns editing, deleting and relating it. */
export function ElementPanelContainer({
  modelId,
  elementId,
}: {
  modelId: string;
  elementId: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const message = useErrorMessage();
  const element = useElement(elementId);
  const model = useModel(modelId);
  const definitions = usePropertyDefinitions(modelId).data ?? [];
  const update = useUpdateElement();
  const remove = useDeleteElement();
  const restore = useRestoreElement();
  const [mode, setMode] = useState<Mode>('view');

  if (element.isPending || model.isPending) return <p className="muted">{t('common.loading')}</p>;
  if (element.isError || model.isError)
    return (
      <p className="error" role="alert" data-testid="element-error">
        {message(element.error ?? model.error)}
      </p>
    );

  const el = element.data;
  const canEdit = model.data.canEdit;
  const deleted = Boolean(el.deletedAt);
  const failure = update.error ?? remove.error ?? restore.error;
  const conflict = isGqlError(failure, 'CONFLICT');

  const reload = () => {
    update.reset();
    remove.reset();
    restore.reset();
    setMode('view');
    void element.refetch();
  };
  const save = (edit: ElementEdit) =>
    update.mutate(
      {
        id: el.id,
        expectedVersion: el.version,
        name: edit.name,
        documentation: edit.documentation,
        specialization: edit.specialization || null,
        properties: edit.properties,
      },
      { onSuccess: () => setMode('view') },
    );
  const confirmDelete = () =>
    remove.mutate({ id: el.id, expectedVersion: el.version }, { onSuccess: () => setMode('view') });

  const actions =
    canEdit && !deleted && mode === 'view' ? (
      <>
        <button type="button" onClick={() => setMode('edit')} data-testid="edit-element">
          {t('element.edit')}
        </button>
        <button type="button" onClick={() => setMode('relate')} data-testid="add-relationship">
          {t('relationships.add')}
        </button>
        <button
          type="button"
          className="danger-outline"
          onClick={() => setMode('confirm-delete')}
          data-testid="delete-element"
        >
          {t('element.delete')}
        </button>
      </>
    ) : undefined;

  const notices = (
    <>
      {deleted && (
        <DeletedBanner
          canRestore={canEdit}
          busy={restore.isPending}
          onRestore={() => restore.mutate({ id: el.id, expectedVersion: el.version })}
        />
      )}
      {conflict && <ConflictNotice onReload={reload} busy={element.isFetching} />}
      {failure && !conflict && mode !== 'edit' && (
        <p className="error" role="alert">
          {message(failure)}
        </p>
      )}
      {mode === 'confirm-delete' && (
        <DeleteConfirm
          name={textIn(el.name, lang)}
          busy={remove.isPending}
          onConfirm={confirmDelete}
          onCancel={() => setMode('view')}
        />
      )}
    </>
  );

  const editor =
    mode === 'edit' ? (
      <ElementEditForm
        type={el.type}
        initial={{
          name: el.name,
          documentation: el.documentation,
          specialization: el.specialization ?? '',
          properties: el.properties,
        }}
        propertyDefinitions={definitions}
        busy={update.isPending}
        error={update.error && !conflict ? message(update.error) : null}
        onSave={save}
        onCancel={() => {
          update.reset();
          setMode('view');
        }}
      />
    ) : undefined;

  return (
    <ElementPanel
      element={el}
      propertyDefinitions={definitions}
      actions={actions}
      notices={notices}
      editor={editor}
      relationshipCreator={
        mode === 'relate' ? (
          <CreateRelationshipContainer source={el} onDone={() => setMode('view')} />
        ) : undefined
      }
    />
  );
}
