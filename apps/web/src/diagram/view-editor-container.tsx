import { useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useQueryClient } from '@tanstack/react-query';
import { useErrorMessage } from '../api/use-error-message';
import { useDiagramT } from './diagram-i18n';
import { useViewWithModel, viewKey } from './view-api';
import { ViewEditor } from './view-editor';

/** Route target /models/:modelId/views/:viewId: loads the view and its model subset. */
export function ViewEditorContainer({
  modelId,
  viewId,
  canEdit,
}: {
  modelId: string;
  viewId: string;
  canEdit: boolean;
}) {
  const t = useDiagramT();
  const message = useErrorMessage();
  const client = useQueryClient();
  const data = useViewWithModel(viewId);
  // A new key after reload gives the editor a fresh state from the fresh data.
  const [generation, setGeneration] = useState(0);
  if (data.isPending) return <p className="muted">{t('loading')}</p>;
  if (data.isError)
    return (
      <p className="error" role="alert">
        {message(data.error)}
      </p>
    );
  const reload = () => {
    void client
      .invalidateQueries({ queryKey: viewKey(viewId) })
      .then(() => setGeneration((g) => g + 1));
  };
  return (
    <ReactFlowProvider>
      <ViewEditor
        key={`${viewId}:${generation}:${data.dataUpdatedAt}`}
        modelId={modelId}
        viewId={viewId}
        editable={canEdit}
        initial={data.data}
        onReload={reload}
      />
    </ReactFlowProvider>
  );
}
