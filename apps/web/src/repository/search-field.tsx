import { useId, useState, type KeyboardEvent } from 'react';
import { SearchResults, type SearchHit } from './search-results';

interface SearchFieldProps {
  value: string;
  hits: readonly SearchHit[];
  busy: boolean;
  placeholder: string;
  label: string;
  testId?: string;
  autoFocus?: boolean;
  onChange(value: string): void;
  onPick(hit: SearchHit): void;
}

/**
 * A combobox: type to search, arrows move through the hits, Enter opens the active one (the
 * first by default), Escape clears.
 */
export function SearchField(props: SearchFieldProps) {
  const listId = useId();
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const showList = open && props.value.trim().length > 0;
  const pick = (hit: SearchHit) => {
    setOpen(false);
    props.onPick(hit);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const count = props.hits.length;
      if (count) setActive((i) => (i + step + count) % count);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = props.hits[Math.min(active, props.hits.length - 1)];
      if (hit) pick(hit);
    } else if (e.key === 'Escape') {
      if (props.value) e.stopPropagation();
      props.onChange('');
      setOpen(false);
    }
  };
  return (
    <div className="search-field">
      <input
        type="search"
        role="combobox"
        aria-label={props.label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && props.hits.length ? `${listId}-${active}` : undefined}
        placeholder={props.placeholder}
        value={props.value}
        autoFocus={props.autoFocus}
        onChange={(e) => {
          props.onChange(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid={props.testId}
      />
      {showList && (
        <SearchResults
          id={listId}
          hits={props.hits}
          activeIndex={active}
          busy={props.busy}
          onPick={pick}
          onHover={setActive}
        />
      )}
    </div>
  );
}
