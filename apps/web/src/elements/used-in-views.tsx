import { useTranslation } from 'react-i18next';
import { textIn, viewKindLabel, type LangMap } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';
import { Link } from '../router/link';
import { viewPath } from '../router/router';

export function UsedInViews({
  views,
  modelId,
}: {
  views: readonly { id: string; name: LangMap; kind: string }[];
  /** When given, each view links to its editor. */
  modelId?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (views.length === 0) return <p className="muted">{t('element.noViews')}</p>;
  return (
    <ul className="plain-list" data-testid="element-views">
      {views.map((v) => (
        <li key={v.id}>
          {modelId ? (
            <Link to={viewPath(modelId, v.id)} data-testid="element-view-link">
              {textIn(v.name, lang) || t('element.unnamed')}
            </Link>
          ) : (
            textIn(v.name, lang) || t('element.unnamed')
          )}{' '}
          <span className="muted">· {viewKindLabel(v.kind, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
