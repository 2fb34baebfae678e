import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { elementPath, navigate } from '../router/router';
import { SearchField } from './search-field';
import { useDebouncedValue } from './use-debounced-value';
import { useSearch } from './use-search';

/** Container: searches the model as the user types and opens the chosen element. */
export function SearchBox({ modelId }: { modelId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const settled = useDebouncedValue(text);
  const search = useSearch(settled, modelId);
  const stale = settled !== text || search.isFetching;
  return (
    <SearchField
      value={text}
      hits={text.trim() ? (search.data ?? []) : []}
      busy={stale}
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      testId="search-input"
      onChange={setText}
      onPick={(hit) => {
        setText('');
        navigate(elementPath(modelId, hit.id));
      }}
    />
  );
}
