import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';
import { buildFolderTree, type FlatFolder, type FolderNode } from '../repository/folder-tree-model';

interface FolderSelectProps {
  folders: readonly FlatFolder[];
  value: string;
  onChange(folderId: string): void;
}

/** The folder tree flattened into one select, nesting shown by indentation. */
export function FolderSelect({ folders, value, onChange }: FolderSelectProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const options = useMemo(() => {
    const out: { id: string; label: string }[] = [];
    const walk = (nodes: FolderNode[], depth: number) => {
      for (const n of nodes) {
        out.push({
          id: n.folder.id,
          label: `${'\u00a0\u00a0'.repeat(depth)}${textIn(n.folder.name, lang)}`,
        });
        walk(n.children, depth + 1);
      }
    };
    walk(buildFolderTree(folders), 0);
    return out;
  }, [folders, lang]);
  return (
    <label>
      {t('element.folder')}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="folder-select">
        <option value="">{t('element.noFolder')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
