import { useTranslation } from 'react-i18next';
import { elementTypeLabel, textIn, type LangMap } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';
import { TypeBadge } from '../ui/type-badge';

export interface SearchHit {
  id: string;
  name: LangMap;
  type: string;
}

interface SearchResultsProps {
  id: string;
  hits: readonly SearchHit[];
  activeIndex: number;
  busy: boolean;
  onPick(hit: SearchHit): void;
  onHover(index: number): void;
}

/** The listbox under a search field; the field keeps focus and points at the active option. */
export function SearchResults({
  id,
  hits,
  activeIndex,
  busy,
  onPick,
  onHover,
}: SearchResultsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <ul className="search-results" id={id} role="listbox" data-testid="search-results">
      {hits.length === 0 && (
        <li className="muted search-empty">{busy ? t('common.loading') : t('search.noResults')}</li>
      )}
      {hits.map((hit, index) => (
        <li
          key={hit.id}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === activeIndex}
          className={index === activeIndex ? 'active' : undefined}
          // mousedown, not click: picking must happen before the field's blur closes the list.
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(hit);
          }}
          onMouseEnter={() => onHover(index)}
          data-testid="search-result"
        >
          <TypeBadge type={hit.type} compact />
          <span className="hit-name">{textIn(hit.name, lang) || t('element.unnamed')}</span>
          <span className="hit-type muted">{elementTypeLabel(hit.type, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
