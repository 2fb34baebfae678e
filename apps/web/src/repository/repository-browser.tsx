import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FolderBrowser } from './folder-browser';
import { LayerBrowser } from './layer-browser';
import { SearchBox } from './search-box';

type Mode = 'folders' | 'layers';

interface RepositoryBrowserProps {
  modelId: string;
  selectedElementId: string | null;
  canEdit: boolean;
  onCreate(): void;
}

/** The left column: search on top, then the model's content by folder or by layer. */
export function RepositoryBrowser({
  modelId,
  selectedElementId,
  canEdit,
  onCreate,
}: RepositoryBrowserProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('folders');
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
        {(['folders', 'layers'] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={mode === m}
            onClick={() => setMode(m)}
            data-testid={`browse-${m}`}
          >
            {t(`browser.${m}`)}
          </button>
        ))}
      </div>
      <div className="browser-tree" role="tabpanel">
        {mode === 'folders' ? (
          <FolderBrowser modelId={modelId} selectedElementId={selectedElementId} />
        ) : (
          <LayerBrowser modelId={modelId} selectedElementId={selectedElementId} />
        )}
      </div>
    </nav>
  );
}
