import { useState } from 'react';
import { useExchangeT } from './exchange-i18n';
import { ImportDialog } from './import-dialog';

interface Props {
  modelId: string;
  organizationId: string;
  organizationName: string;
  canEdit: boolean;
}

/** The model overview's import and export actions. */
export function ExchangePanel({ modelId, organizationId, organizationName, canEdit }: Props) {
  const t = useExchangeT();
  const [open, setOpen] = useState(false);
  const base = `/api/models/${encodeURIComponent(modelId)}/export`;
  return (
    <section className="exchange-panel" data-testid="exchange-panel">
      <h2>{t('title')}</h2>
      <ul className="export-links">
        <li>
          <a href={base} download data-testid="export-exchange">
            {t('exportExchange')}
          </a>
        </li>
        <li>
          <a href={`${base}?format=csv`} download data-testid="export-csv">
            {t('exportCsv')}
          </a>
        </li>
      </ul>
      {canEdit && (
        <button type="button" onClick={() => setOpen(true)} data-testid="open-import">
          {t('importButton')}
        </button>
      )}
      {open && (
        <ImportDialog
          modelId={modelId}
          organizationId={organizationId}
          organizationName={organizationName}
          onClose={() => setOpen(false)}
        />
      )}
    </section>
  );
}
