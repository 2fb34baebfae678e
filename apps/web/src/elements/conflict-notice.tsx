import { useTranslation } from 'react-i18next';

/** Optimistic locking in plain words: someone saved first, reload and apply your change again. */
export function ConflictNotice({ onReload, busy }: { onReload(): void; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="notice warning" role="alert" data-testid="conflict-notice">
      <p>{t('element.conflict')}</p>
      <button type="button" onClick={onReload} disabled={busy} data-testid="conflict-reload">
        {t('element.reload')}
      </button>
    </div>
  );
}
