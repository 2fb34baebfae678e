import { useTranslation } from 'react-i18next';
import { textIn, type LangMap } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';

interface PropertyListProps {
  properties: readonly { definitionId: string; value: LangMap }[];
  definitions: readonly { identifier: string; name: LangMap }[];
}

export function PropertyList({ properties, definitions }: PropertyListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  if (properties.length === 0) return <p className="muted">{t('element.noProperties')}</p>;
  const nameOf = (id: string) => {
    const def = definitions.find((d) => d.identifier === id);
    return (def && textIn(def.name, lang)) || id;
  };
  return (
    <dl className="facts" data-testid="element-properties">
      {properties.map((p) => (
        <div key={p.definitionId} className="fact">
          <dt>{nameOf(p.definitionId)}</dt>
          <dd>{textIn(p.value, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}
