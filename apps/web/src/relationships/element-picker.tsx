import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../repository/use-debounced-value';
import { SearchField } from '../repository/search-field';
import type { SearchHit } from '../repository/search-results';
import { useSearch } from '../repository/use-search';

interface ElementPickerProps {
  modelId: string;
  excludeId?: string;
  onPick(hit: SearchHit): void;
}

/** Container: choose an element of the model by searching for it. */
export function ElementPicker({ modelId, excludeId, onPick }: ElementPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const settled = useDebouncedValue(text);
  const search = useSearch(settled, modelId);
  const hits = text.trim() ? (search.data ?? []).filter((h) => h.id !== excludeId) : [];
  return (
    <SearchField
      value={text}
      hits={hits}
      busy={settled !== text || search.isFetching}
      label={t('relationships.target')}
      placeholder={t('relationships.targetPlaceholder')}
      testId="relationship-target-search"
      autoFocus
      onChange={setText}
      onPick={(hit) => {
        setText('');
        onPick(hit);
      }}
    />
  );
}
