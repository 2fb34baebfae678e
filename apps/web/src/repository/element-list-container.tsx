import { useTranslation } from 'react-i18next';
import type { ElementFilterInput } from '@kartasto/graphql';
import { useErrorMessage } from '../api/use-error-message';
import { ElementList } from './element-list';
import { useElementList } from './use-element-list';

interface ElementListContainerProps {
  modelId: string;
  filter: ElementFilterInput;
  selectedElementId: string | null;
  showType?: boolean;
  hideEmpty?: boolean;
}

export function ElementListContainer({
  modelId,
  filter,
  selectedElementId,
  showType,
  hideEmpty,
}: ElementListContainerProps) {
  const { t } = useTranslation();
  const list = useElementList(modelId, filter);
  const message = useErrorMessage();
  if (list.isPending) return <li className="tree-empty muted">{t('common.loading')}</li>;
  if (list.isError)
    return (
      <li className="tree-empty error" role="alert">
        {message(list.error)}
      </li>
    );
  return (
    <ElementList
      modelId={modelId}
      elements={list.data.elements}
      selectedElementId={selectedElementId}
      hasMore={list.hasNextPage}
      loadingMore={list.isFetchingNextPage}
      onLoadMore={() => void list.fetchNextPage()}
      showType={showType}
      hideEmpty={hideEmpty}
    />
  );
}
