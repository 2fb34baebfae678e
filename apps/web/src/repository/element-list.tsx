import { useTranslation } from 'react-i18next';
import { textIn, type LangMap } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';
import { Link } from '../router/link';
import { elementPath } from '../router/router';
import { TypeBadge } from '../ui/type-badge';
import { writeElementDrag } from '../diagram/drag-data';

export interface ListedElement {
  id: string;
  name: LangMap;
  type: string;
}

interface ElementListProps {
  modelId: string;
  elements: readonly ListedElement[];
  selectedElementId: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
  showType?: boolean;
  /** A folder with sub-folders is not "empty" even without elements of its own. */
  hideEmpty?: boolean;
}

/** Elements as links (rows of a tree level); "load more" fetches the next page. */
export function ElementList(props: ElementListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  if (props.elements.length === 0)
    return props.hideEmpty ? null : <li className="tree-empty muted">{t('browser.noElements')}</li>;
  return (
    <>
      {props.elements.map((el) => (
        <li key={el.id}>
          <Link
            to={elementPath(props.modelId, el.id)}
            className={el.id === props.selectedElementId ? 'tree-leaf selected' : 'tree-leaf'}
            aria-current={el.id === props.selectedElementId ? 'page' : undefined}
            data-testid="tree-element"
            draggable
            // Dragging an element onto an open diagram adds it there.
            onDragStart={(e) => writeElementDrag(e.dataTransfer, el)}
          >
            {props.showType !== false && <TypeBadge type={el.type} compact />}
            <span className="leaf-name">{textIn(el.name, lang) || t('element.unnamed')}</span>
          </Link>
        </li>
      ))}
      {props.hasMore && (
        <li>
          <button
            type="button"
            className="link-button"
            onClick={props.onLoadMore}
            disabled={props.loadingMore}
            data-testid="load-more"
          >
            {props.loadingMore ? t('common.loading') : t('browser.loadMore')}
          </button>
        </li>
      )}
    </>
  );
}
