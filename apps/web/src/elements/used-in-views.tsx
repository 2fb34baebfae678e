import { useTranslation } from 'react-i18next';
import { textIn, viewKindLabel, type LangMap } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';

export function UsedInViews({
  views,
}: {
  views: readonly { id: string; name: LangMap; kind: string }[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (views.length === 0) return <p className="muted">{t('element.noViews')}</p>;
  return (
    <ul className="plain-list" data-testid="element-views">
      {views.map((v) => (
        <li key={v.id}>
          {textIn(v.name, lang) || t('element.unnamed')}{' '}
          <span className="muted">· {viewKindLabel(v.kind, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
