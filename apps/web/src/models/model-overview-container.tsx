import { useTranslation } from 'react-i18next';
import { textIn } from '@kartasto/metamodel';
import { useErrorMessage } from '../api/use-error-message';
import { useLang } from '../i18n/i18n';
import { useModel } from './use-model';
import { ExchangePanel } from '../exchange/exchange-panel';
import { ModelSharing } from './model-sharing';

/** What the main area shows before an element is chosen: which model this is and how to start. */
export function ModelOverviewContainer({ modelId }: { modelId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const model = useModel(modelId);
  const message = useErrorMessage();
  if (model.isPending) return <p className="muted">{t('common.loading')}</p>;
  if (model.isError)
    return (
      <p className="error" role="alert">
        {message(model.error)}
      </p>
    );
  const m = model.data;
  return (
    <section className="model-overview" data-testid="model-overview">
      <p className="eyebrow">{textIn(m.organization.name, lang)}</p>
      <h1>{textIn(m.name, lang)}</h1>
      <dl className="facts">
        <dt>{t('model.kind')}</dt>
        <dd>{t(`modelKind.${m.kind}`)}</dd>
        <dt>{t('model.state')}</dt>
        <dd>{t(`modelState.${m.state}`)}</dd>
        <dt>{t('model.access')}</dt>
        <dd>{m.canEdit ? t('model.canEdit') : t('model.readOnly')}</dd>
      </dl>
      <p className="muted">{m.canEdit ? t('model.hintEdit') : t('model.hintRead')}</p>
      {m.organization.myRole === 'admin' && (
        <ModelSharing modelId={m.id} visibility={m.visibility} version={m.version} />
      )}
      <ExchangePanel
        modelId={m.id}
        organizationId={m.organization.id}
        organizationName={textIn(m.organization.name, lang)}
        canEdit={m.canEdit}
      />
    </section>
  );
}
