import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { isGqlError } from '@kartasto/graphql';
import { useErrorMessage } from '../api/use-error-message';
import { useLang } from '../i18n/i18n';
import { Link } from '../router/link';
import { elementPath } from '../router/router';
import { groupRows, nameOf } from './portfolio-rows';
import { usePortfolioT } from './portfolio-i18n';
import { useUpdatePortfolioCell, type PortfolioAttribute, type PortfolioData, type PortfolioRowData } from './use-portfolio';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});

type ValueLists = PortfolioData['valueLists'][number]['lists'];
const ROW_HEIGHT = 34;
const NUMERIC = new Set(['number', 'year', 'currency']);

interface Props {
  modelId: string;
  rows: PortfolioRowData[];
  attributes: PortfolioAttribute[];
  lists: ValueLists;
  columns: string[];
  groupBy: string;
  canEdit: boolean;
  onReload(): void;
}

/** The portfolio as a sortable, groupable table; only the visible rows are in the DOM. */
export function PortfolioTable({ modelId, rows, attributes, lists, columns, groupBy, canEdit, onReload }: Props) {
  const t = usePortfolioT();
  const lang = useLang();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [editing, setEditing] = useState<{ id: string; key: string } | null>(null);
  const [failure, setFailure] = useState<{ conflict: boolean; text: string } | null>(null);
  const update = useUpdatePortfolioCell(modelId);
  const message = useErrorMessage();
  const byKey = useMemo(() => new Map(attributes.map((a) => [a.key, a])), [attributes]);
  const labelOf = (attr: PortfolioAttribute | undefined, code: string) =>
    attr?.valueList ? (nameOf(lists.find((l) => l.key === attr.valueList)?.values.find((v) => v.code === code)?.label ?? {}, lang) || code) : code;

  const columnDefs = useMemo<ColumnDef<typeof features, PortfolioRowData>[]>(
    () =>
      columns.map((key) => {
        const attr = byKey.get(key);
        const header =
          key === 'name' ? t('name') : key === 'interfaces' ? t('interfaces') : key === 'legal' ? t('legal') : key === 'dataResources' ? t('dataResources') : nameOf(attr?.label ?? {}, lang) || key;
        return {
          id: key,
          header,
          sortFn: 'alphanumeric',
          accessorFn: (r: PortfolioRowData) => {
            if (key === 'name') return nameOf(r.name, lang);
            if (key === 'interfaces') return r.interfaces.length;
            if (key === 'dataResources') return r.dataResources.length;
            if (key === 'legal') return r.legalMissing.length;
            const v = r.values[key] ?? '';
            return attr && NUMERIC.has(attr.kind) && v !== '' ? Number(v) : labelOf(attr, v);
          },
        };
      }),
    [columns, byKey, lang, lists],
  );

  const table = useTable({
    features,
    columns: columnDefs,
    data: rows,
    state: { sorting },
    onSortingChange: (updater) => setSorting((old) => (typeof updater === 'function' ? updater(old) : updater)),
    getRowId: (r) => r.elementId,
  });
  const sortedRows = table.getRowModel().rows.map((r) => r.original);
  const items = useMemo(() => groupRows(sortedRows, groupBy), [sortedRows, groupBy]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: items.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const template = columns.map((k) => (k === 'name' ? 'minmax(16rem, 2fr)' : 'minmax(9rem, 1fr)')).join(' ');

  const save = (row: PortfolioRowData, key: string, value: string) => {
    setEditing(null);
    const before = row.values[key] ?? '';
    const target = key === 'name' ? `name.${lang}` : key;
    if (key === 'name' ? value === nameOf(row.name, lang) : value === before) return;
    update.mutate(
      { elementId: row.elementId, expectedVersion: row.version, attribute: target, value: value || null },
      {
        onSuccess: () => setFailure(null),
        onError: (e) => setFailure(isGqlError(e, 'CONFLICT') ? { conflict: true, text: t('conflict') } : { conflict: false, text: t('saveFailed', { message: message(e) }) }),
      },
    );
  };

  const renderCell = (row: PortfolioRowData, key: string) => {
    const attr = byKey.get(key);
    if (key === 'name')
      return (
        <Link to={elementPath(modelId, row.elementId)} title={t('open')} data-testid="portfolio-open">
          {nameOf(row.name, lang)}
        </Link>
      );
    if (key === 'interfaces')
      return row.interfaces.map((i) => `${i.direction === 'out' ? '→' : '←'} ${nameOf(i.partnerName, lang)}`).join(', ');
    if (key === 'dataResources') return row.dataResources.map((d) => nameOf(d.name, lang)).join(', ');
    if (key === 'legal')
      return row.legalMissing.length ? (
        <span className="portfolio-legal-missing">{row.legalMissing.map((m) => t(`legalReq.${m}` as 'legalReq.NAME')).join(', ')}</span>
      ) : (
        <span className="muted">{t('legalOk')}</span>
      );
    return labelOf(attr, row.values[key] ?? '');
  };

  const editable = (key: string) => canEdit && (key === 'name' || byKey.has(key));

  return (
    <div className="portfolio-table" role="grid" aria-rowcount={items.length + 1}>
      {failure && (
        <div className={`notice ${failure.conflict ? 'warning' : 'error'}`} role="alert" data-testid="portfolio-cell-error">
          <p>{failure.text}</p>
          {failure.conflict && (
            <button type="button" onClick={() => { setFailure(null); onReload(); }}>
              {t('reload')}
            </button>
          )}
        </div>
      )}
      <div className="portfolio-row portfolio-head" role="row" style={{ gridTemplateColumns: template }}>
        {table.getHeaderGroups()[0].headers.map((h) => (
          <button key={h.id} type="button" role="columnheader" className="portfolio-th" onClick={h.column.getToggleSortingHandler()} data-testid={`portfolio-th-${h.id}`}>
            {String(h.column.columnDef.header)} {h.column.getIsSorted() === 'asc' ? '▲' : h.column.getIsSorted() === 'desc' ? '▼' : ''}
          </button>
        ))}
      </div>
      <div ref={scroller} className="portfolio-scroll" data-testid="portfolio-scroll">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const item = items[v.index];
            const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` };
            if (item.kind === 'group')
              return (
                <div key={`g-${item.key}`} className="portfolio-group" role="row" style={style}>
                  {labelOf(byKey.get(groupBy), item.key) || t('empty')} ({item.count})
                </div>
              );
            const row = item.row;
            return (
              <div key={row.elementId} className="portfolio-row" role="row" style={{ ...style, gridTemplateColumns: template }} data-testid="portfolio-row">
                {columns.map((key) => {
                  const isEditing = editing?.id === row.elementId && editing.key === key;
                  return (
                    <div
                      key={key}
                      role="gridcell"
                      className="portfolio-td"
                      tabIndex={editable(key) ? 0 : -1}
                      title={editable(key) ? t('editHint') : undefined}
                      data-testid={`cell-${key}`}
                      onDoubleClick={() => editable(key) && setEditing({ id: row.elementId, key })}
                      onKeyDown={(e) => e.key === 'Enter' && editable(key) && !isEditing && setEditing({ id: row.elementId, key })}
                    >
                      {isEditing ? (
                        <CellEditor
                          attr={byKey.get(key)}
                          lists={lists}
                          lang={lang}
                          initial={key === 'name' ? nameOf(row.name, lang) : (row.values[key] ?? '')}
                          onSave={(v) => save(row, key, v)}
                          onCancel={() => setEditing(null)}
                        />
                      ) : (
                        renderCell(row, key)
                      )}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function CellEditor(props: { attr?: PortfolioAttribute; lists: ValueLists; lang: string; initial: string; onSave(v: string): void; onCancel(): void }) {
  const { attr, lists, lang, initial, onSave, onCancel } = props;
  const [value, setValue] = useState(initial);
  const keys = (e: KeyboardEvent) => {
    if (e.key === 'Enter') onSave(value.trim());
    if (e.key === 'Escape') onCancel();
  };
  const list = attr?.valueList ? lists.find((l) => l.key === attr.valueList) : undefined;
  if (list)
    return (
      <select autoFocus value={value} onChange={(e) => onSave(e.target.value)} onBlur={onCancel} onKeyDown={keys} data-testid="cell-editor">
        <option value="" />
        {list.values.map((v) => (
          <option key={v.code} value={v.code}>
            {nameOf(v.label, lang)}
          </option>
        ))}
      </select>
    );
  return (
    <input
      autoFocus
      value={value}
      inputMode={attr && NUMERIC.has(attr.kind) ? 'decimal' : undefined}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => onSave(value.trim())}
      onKeyDown={keys}
      data-testid="cell-editor"
    />
  );
}
