import { useState } from 'react';
import { useErrorMessage } from '../api/use-error-message';
import { navigate, viewPath } from '../router/router';
import { useDiagramT } from './diagram-i18n';
import { useGenerateView, useViewList, type GeneratedKind } from './view-api';
import { ViewList } from './view-list';

/** Fetches the model's views for the repository browser; generating one opens it. */
export function ViewListContainer(props: {
  modelId: string;
  selectedViewId: string | null;
  canEdit: boolean;
}) {
  const t = useDiagramT();
  const message = useErrorMessage();
  const views = useViewList(props.modelId);
  const generate = useGenerateView(props.modelId);
  const [kind, setKind] = useState<GeneratedKind | null>(null);
  const onGenerate = (k: GeneratedKind) => {
    setKind(k);
    generate.mutate(
      { kind: k },
      {
        onSuccess: (data) => navigate(viewPath(props.modelId, data.generateView.id)),
        onSettled: () => setKind(null),
      },
    );
  };
  if (views.isPending) return <p className="muted">{t('loading')}</p>;
  if (views.isError)
    return (
      <p className="error" role="alert">
        {message(views.error)}
      </p>
    );
  return (
    <>
      <ViewList
        modelId={props.modelId}
        views={views.data}
        selectedViewId={props.selectedViewId}
        canEdit={props.canEdit}
        generating={kind}
        onGenerate={onGenerate}
      />
      {generate.isError && (
        <p className="error" role="alert">
          {message(generate.error)}
        </p>
      )}
    </>
  );
}
