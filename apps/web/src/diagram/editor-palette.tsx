import { useState, type FormEvent } from 'react';
import { textIn, type Lang, type LangMap } from '@kartasto/metamodel';
import { TypePicker } from '../elements/type-picker';
import { TypeBadge } from '../ui/type-badge';
import { useDiagramT } from './diagram-i18n';
import { writeElementDrag, type DraggedElement } from './drag-data';

interface EditorPaletteProps {
  lang: Lang;
  search: string;
  onSearch(text: string): void;
  results: readonly DraggedElement[];
  searching: boolean;
  onAdd(element: DraggedElement): void;
  onCreate(type: string, name: LangMap): void;
  onAddNote(): void;
  onAddGroup(): void;
  creating: boolean;
}

/** Left of the canvas: find model elements to drag in, or create a new one. */
export function EditorPalette(props: EditorPaletteProps) {
  const t = useDiagramT();
  const [type, setType] = useState('ApplicationComponent');
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    props.onCreate(type, { [props.lang]: name.trim() });
    setName('');
  };
  return (
    <aside
      className="diagram-palette"
      aria-label={t('palette.title')}
      data-testid="diagram-palette"
    >
      <h2>{t('palette.title')}</h2>
      <input
        type="search"
        value={props.search}
        placeholder={t('palette.search')}
        aria-label={t('palette.search')}
        onChange={(e) => props.onSearch(e.target.value)}
        data-testid="palette-search"
      />
      <p className="muted small">{t('palette.dragHint')}</p>
      <ul className="plain-list palette-results">
        {props.results.map((el) => (
          <li key={el.id}>
            <button
              type="button"
              draggable
              onDragStart={(e) => writeElementDrag(e.dataTransfer, el)}
              onClick={() => props.onAdd(el)}
              data-testid="palette-result"
            >
              <TypeBadge type={el.type} compact /> {textIn(el.name, props.lang)}
            </button>
          </li>
        ))}
        {props.search.trim() && !props.searching && props.results.length === 0 && (
          <li className="muted">{t('palette.noResults')}</li>
        )}
      </ul>
      <form className="palette-new" onSubmit={submit}>
        <h3>{t('palette.newElement')}</h3>
        <TypePicker value={type} onChange={setType} />
        <label>
          {t('palette.name')}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="palette-new-name"
          />
        </label>
        <button
          type="submit"
          className="primary"
          disabled={props.creating || !name.trim()}
          data-testid="palette-create"
        >
          {t('palette.create')}
        </button>
      </form>
      <div className="palette-extras">
        <button type="button" onClick={props.onAddNote} data-testid="palette-note">
          {t('toolbar.note')}
        </button>
        <button type="button" onClick={props.onAddGroup} data-testid="palette-group">
          {t('toolbar.group')}
        </button>
      </div>
    </aside>
  );
}
