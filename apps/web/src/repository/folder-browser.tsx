import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '@kartasto/metamodel';
import { useErrorMessage } from '../api/use-error-message';
import { useLang } from '../i18n/i18n';
import { ElementListContainer } from './element-list-container';
import { buildFolderTree, type FolderNode } from './folder-tree-model';
import { TreeBranch } from './tree-branch';
import { useFolders } from './use-folders';

interface FolderBrowserProps {
  modelId: string;
  selectedElementId: string | null;
}

/** The model's folders as a tree; each open folder lists its sub-folders, then its elements. */
export function FolderBrowser({ modelId, selectedElementId }: FolderBrowserProps) {
  const { t } = useTranslation();
  const folders = useFolders(modelId);
  const message = useErrorMessage();
  const tree = useMemo(() => buildFolderTree(folders.data ?? []), [folders.data]);
  if (folders.isPending) return <p className="muted">{t('common.loading')}</p>;
  if (folders.isError)
    return (
      <p className="error" role="alert">
        {message(folders.error)}
      </p>
    );
  if (tree.length === 0)
    return (
      <ul className="tree" data-testid="folder-tree">
        <ElementListContainer modelId={modelId} filter={{}} selectedElementId={selectedElementId} />
      </ul>
    );
  return (
    <ul className="tree" data-testid="folder-tree">
      {tree.map((node) => (
        <FolderBranch
          key={node.folder.id}
          node={node}
          modelId={modelId}
          selectedElementId={selectedElementId}
        />
      ))}
    </ul>
  );
}

function FolderBranch({
  node,
  modelId,
  selectedElementId,
}: { node: FolderNode } & FolderBrowserProps) {
  const lang = useLang();
  const { t } = useTranslation();
  return (
    <TreeBranch
      testId="tree-folder"
      label={
        <>
          <span className="folder-icon" aria-hidden="true" />
          {textIn(node.folder.name, lang) || t('browser.unnamedFolder')}
        </>
      }
    >
      {() => (
        <>
          {node.children.map((child) => (
            <FolderBranch
              key={child.folder.id}
              node={child}
              modelId={modelId}
              selectedElementId={selectedElementId}
            />
          ))}
          <ElementListContainer
            modelId={modelId}
            filter={{ folderId: node.folder.id }}
            selectedElementId={selectedElementId}
            hideEmpty={node.children.length > 0}
          />
        </>
      )}
    </TreeBranch>
  );
}
