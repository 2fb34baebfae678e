import { useMemo, useState } from 'react';
import { useErrorMessage } from '../api/use-error-message';
import { useLang } from '../i18n/i18n';
import { ImportDialog } from './import-dialog';
import { usePortfolioT } from './portfolio-i18n';
import { PortfolioRoadmap } from './portfolio-roadmap';
import { DEFAULT_COLUMNS, filterPortfolio, nameOf, type PortfolioViewSettings } from './portfolio-rows';
import { PortfolioTable } from './portfolio-table';
import { usePortfolio, useSavedFilters, useSaveFilter } from './use-portfolio';
import './portfolio.css';

const INITIAL: PortfolioViewSettings = { text: '', attribute: '', value: '', legalOnly: false, groupBy: '', columns: DEFAULT_COLUMNS };
const EXTRA_COLUMNS = ['name', 'interfaces', 'dataResources', 'legal'];

/** The model's system portfolio: table or lifecycle roadmap, with the same filters, exports and import. */
export function PortfolioPage({ modelId, canEdit }: { modelId: string; canEdit: boolean }) {
  const t = usePortfolioT();
  const lang = useLang();
  const message = useErrorMessage();
  const portfolio = usePortfolio(modelId);
  const saved = useSavedFilters(modelId);
  const saveFilter = useSaveFilter(modelId);
  const [settings, setSettings] = useState<PortfolioViewSettings>(INITIAL);
  const [view, setView] = useState<'table' | 'roadmap'>('table');
  const [importing, setImporting] = useState(false);
  const [showColumns, setShowColumns] = useState(false);
  const set = (patch: Partial<PortfolioViewSettings>) => setSettings((s) => ({ ...s, ...patch }));
  const data = portfolio.data;
  const rows = useMemo(() => filterPortfolio(data?.rows ?? [], settings), [data, settings]);
  if (portfolio.isPending) return <p className="muted">…</p>;
  if (portfolio.isError) return <p className="error" role="alert">{message(portfolio.error)}</p>;
  const d = data!;
  const lists = d.valueLists[0]?.lists ?? [];
  const filterAttr = d.attributes.find((a) => a.key === settings.attribute);
  const choices = filterAttr?.valueList ? (lists.find((l) => l.key === filterAttr.valueList)?.values ?? []) : [];
  const grouping = d.attributes.filter((a) => a.kind === 'choice');
  const query = new URLSearchParams({ lang });
  if (settings.text) query.set('q', settings.text);
  if (settings.legalOnly) query.set('legal', 'missing');
  if (settings.attribute && settings.value)
    query.set('filter', JSON.stringify({ conditions: [{ key: settings.attribute, op: 'in', values: [settings.value] }] }));
  const base = `/api/models/${encodeURIComponent(modelId)}/portfolio`;
  const allColumns = [...EXTRA_COLUMNS, ...d.attributes.map((a) => a.key)];
  const columnLabel = (k: string) =>
    k === 'name' ? t('name') : k === 'interfaces' ? t('interfaces') : k === 'dataResources' ? t('dataResources') : k === 'legal' ? t('legal') : nameOf(d.attributes.find((a) => a.key === k)?.label ?? {}, lang);

  return (
    <section className="portfolio-page" aria-labelledby="portfolio-title">
      <header className="portfolio-toolbar">
        <h1 id="portfolio-title">{t('title')}</h1>
        <div role="tablist">
          <button type="button" role="tab" aria-selected={view === 'table'} onClick={() => setView('table')} data-testid="portfolio-tab-table">
            {t('table')}
          </button>
          <button type="button" role="tab" aria-selected={view === 'roadmap'} onClick={() => setView('roadmap')} data-testid="portfolio-tab-roadmap">
            {t('roadmap')}
          </button>
        </div>
        <input type="search" placeholder={t('search')} aria-label={t('search')} value={settings.text} onChange={(e) => set({ text: e.target.value })} data-testid="portfolio-search" />
        <label>
          {t('filterAttribute')}{' '}
          <select value={settings.attribute} onChange={(e) => set({ attribute: e.target.value, value: '' })} data-testid="portfolio-filter-attribute">
            <option value="">–</option>
            {grouping.map((a) => (
              <option key={a.key} value={a.key}>
                {nameOf(a.label, lang)}
              </option>
            ))}
          </select>
        </label>
        {settings.attribute && (
          <select aria-label={t('filterValue')} value={settings.value} onChange={(e) => set({ value: e.target.value })} data-testid="portfolio-filter-value">
            <option value="">{t('anyValue')}</option>
            {choices.map((v) => (
              <option key={v.code} value={v.code}>
                {nameOf(v.label, lang)}
              </option>
            ))}
          </select>
        )}
        <label>
          <input type="checkbox" checked={settings.legalOnly} onChange={(e) => set({ legalOnly: e.target.checked })} data-testid="portfolio-legal-only" /> {t('legalOnly')}
        </label>
        <label>
          {t('groupBy')}{' '}
          <select value={settings.groupBy} onChange={(e) => set({ groupBy: e.target.value })} data-testid="portfolio-group-by">
            <option value="">{t('noGrouping')}</option>
            {grouping.map((a) => (
              <option key={a.key} value={a.key}>
                {nameOf(a.label, lang)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-expanded={showColumns} onClick={() => setShowColumns((s) => !s)}>
          {t('columns')}
        </button>
        <label>
          {t('savedFilters')}{' '}
          <select
            value=""
            onChange={(e) => {
              const f = saved.data?.find((x) => x.id === e.target.value);
              if (f) setSettings({ ...INITIAL, ...(f.settings as Partial<PortfolioViewSettings>) });
            }}
            data-testid="portfolio-saved"
          >
            <option value="">{t('chooseSaved')}</option>
            {saved.data?.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            const name = window.prompt(t('filterName'));
            if (name) saveFilter.mutate({ name, settings });
          }}
        >
          {t('saveFilter')}
        </button>
        <a className="button" href={`${base}.xlsx?${query}`} download data-testid="portfolio-export-xlsx">
          {t('exportXlsx')}
        </a>
        <a className="button" href={`${base}.csv?${query}`} download data-testid="portfolio-export-csv">
          {t('exportCsv')}
        </a>
        <button type="button" onClick={() => setImporting(true)} data-testid="portfolio-import-open">
          {t('import')}
        </button>
        <span className="muted" data-testid="portfolio-count">
          {t('shown', { shown: rows.length, total: d.rows.length })}
        </span>
      </header>
      {showColumns && (
        <fieldset className="portfolio-columns">
          <legend>{t('columns')}</legend>
          {allColumns.map((k) => (
            <label key={k}>
              <input
                type="checkbox"
                checked={settings.columns.includes(k)}
                onChange={(e) => set({ columns: e.target.checked ? allColumns.filter((c) => c === k || settings.columns.includes(c)) : settings.columns.filter((c) => c !== k) })}
              />{' '}
              {columnLabel(k)}
            </label>
          ))}
        </fieldset>
      )}
      {view === 'table' ? (
        <PortfolioTable
          modelId={modelId}
          rows={rows}
          attributes={d.attributes}
          lists={lists}
          columns={settings.columns}
          groupBy={settings.groupBy}
          canEdit={canEdit}
          onReload={() => void portfolio.refetch()}
        />
      ) : (
        <PortfolioRoadmap rows={rows} lists={lists} />
      )}
      {importing && <ImportDialog modelId={modelId} canEdit={canEdit} onClose={() => setImporting(false)} />}
    </section>
  );
}
