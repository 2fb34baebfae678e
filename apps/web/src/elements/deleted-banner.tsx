import { useTranslation } from 'react-i18next';

export function DeletedBanner({
  canRestore,
  busy,
  onRestore,
}: {
  canRestore: boolean;
  busy: boolean;
  onRestore(): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice danger" role="status" data-testid="deleted-banner">
      <p>{t('element.deleted')}</p>
      {canRestore && (
        <button type="button" onClick={onRestore} disabled={busy} data-testid="restore-element">
          {t('element.restore')}
        </button>
      )}
    </div>
  );
}
