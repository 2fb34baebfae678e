import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../api/use-error-message';
import { useFolders } from '../repository/use-folders';
import { elementPath, navigate } from '../router/router';
import { Dialog } from '../ui/dialog';
import { CreateElementForm, type NewElement } from './create-element-form';
import { useCreateElement } from './use-element-mutations';

/** Container: creates an element in the model and opens it. */
export function CreateElementContainer({ modelId, onClose }: { modelId: string; onClose(): void }) {
  const { t } = useTranslation();
  const folders = useFolders(modelId);
  const create = useCreateElement();
  const message = useErrorMessage();
  const submit = (el: NewElement) =>
    create.mutate(
      {
        modelId,
        type: el.type,
        specialization: el.specialization || undefined,
        name: el.name,
        documentation: el.documentation,
        folderId: el.folderId || undefined,
      },
      {
        onSuccess: (data) => {
          onClose();
          navigate(elementPath(modelId, data.createElement.id));
        },
      },
    );
  return (
    <Dialog title={t('element.newTitle')} onClose={onClose} testId="create-element-dialog">
      <CreateElementForm
        folders={folders.data ?? []}
        busy={create.isPending}
        error={create.error ? message(create.error) : null}
        onSubmit={submit}
        onCancel={onClose}
      />
    </Dialog>
  );
}
