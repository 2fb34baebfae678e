import { useTranslation } from 'react-i18next';

interface DeleteConfirmProps {
  name: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function DeleteConfirm({ name, busy, onConfirm, onCancel }: DeleteConfirmProps) {
  const { t } = useTranslation();
  return (
    <div className="notice danger" role="alertdialog" aria-labelledby="delete-question">
      <p id="delete-question">{t('element.deleteQuestion', { name })}</p>
      <div className="button-row">
        <button
          type="button"
          className="danger"
          onClick={onConfirm}
          disabled={busy}
          autoFocus
          data-testid="delete-confirm"
        >
          {t('element.delete')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
