import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDiagramT } from '../diagram/diagram-i18n';
import { ViewListContainer } from '../diagram/view-list-container';
import { FolderBrowser } from './folder-browser';
import { LayerBrowser } from './layer-browser';
import { SearchBox } from './search-box';

type Mode = 'folders' | 'layers' | 'views';

interface RepositoryBrowserProps {
  modelId: string;
  selectedElementId: string | null;
  selectedViewId?: string | null;
  canEdit: boolean;
  onCreate(): void;
}

/** The left column: search on top, then the model's content by folder or by layer. */
export function RepositoryBrowser({
  modelId,
  selectedElementId,
  selectedViewId = null,
  canEdit,
  onCreate,
}: RepositoryBrowserProps) {
  const { t } = useTranslation();
  const tDiagram = useDiagramT();
  const [mode, setMode] = useState<Mode>(selectedViewId ? 'views' : 'folders');
  return (
    <nav className="repository-browser" aria-label={t('browser.title')}>
      <div className="browser-top">
        <SearchBox modelId={modelId} />
        {canEdit && (
          <button
            type="button"
            className="primary"
            onClick={onCreate}
            title={t('browser.newShortcut')}
            data-testid="new-element"
          >
            {t('browser.new')}
            <kbd>n</kbd>
          </button>
        )}
      </div>
      <div className="tabs" role="tablist">
        {(['folders', 'layers', 'views'] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={mode === m}
            onClick={() => setMode(m)}
            data-testid={`browse-${m}`}
          >
            {m === 'views' ? tDiagram('views') : t(`browser.${m}`)}
          </button>
        ))}
      </div>
      <div className="browser-tree" role="tabpanel">
        {mode === 'views' ? (
          <ViewListContainer modelId={modelId} selectedViewId={selectedViewId} canEdit={canEdit} />
        ) : mode === 'folders' ? (
          <FolderBrowser modelId={modelId} selectedElementId={selectedElementId} />
        ) : (
          <LayerBrowser modelId={modelId} selectedElementId={selectedElementId} />
        )}
      </div>
    </nav>
  );
}
