import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { layerLabel, specializationLabel, textIn, type LangMap } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';
import { RelationshipList } from '../relationships/relationship-list';
import { layerOf } from '../ui/layer-of';
import { TypeBadge } from '../ui/type-badge';
import type { ElementDetailData } from './use-element';
import { LangTexts } from './lang-texts';
import { PropertyList } from './property-list';
import { UsedInViews } from './used-in-views';

interface ElementPanelProps {
  element: ElementDetailData;
  propertyDefinitions: readonly { identifier: string; name: LangMap }[];
  /** Edit controls; absent for read-only users. */
  actions?: ReactNode;
  /** Banners and forms shown above the details (conflict, delete confirmation, editor). */
  notices?: ReactNode;
  /** Replaces the read-only details while editing. */
  editor?: ReactNode;
  /** The relationship creator, when open. */
  relationshipCreator?: ReactNode;
}

/** Everything known about one element, in the user's language. */
export function ElementPanel(props: ElementPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const el = props.element;
  const outgoing = el.outgoing.map((r) => ({ ...r, other: r.target ?? null }));
  const incoming = el.incoming.map((r) => ({ ...r, other: r.source ?? null }));
  return (
    <article className="element-panel" data-testid="element-panel" aria-labelledby="element-title">
      <header className="panel-header">
        <div>
          <p className="eyebrow">
            <TypeBadge type={el.type} />{' '}
            <span className="muted">{layerLabel(layerOf(el.type), lang)}</span>
            {el.specialization && (
              <span className="specialization" data-testid="element-specialization">
                «{specializationLabel(el.specialization, lang)}»
              </span>
            )}
          </p>
          <h1 id="element-title" data-testid="element-name">
            {textIn(el.name, lang) || t('element.unnamed')}
          </h1>
        </div>
        {props.actions && <div className="panel-actions">{props.actions}</div>}
      </header>
      {props.notices}
      {props.editor ?? (
        <>
          <section>
            <h2>{t('element.name')}</h2>
            <LangTexts value={el.name} />
          </section>
          <section>
            <h2>{t('element.documentation')}</h2>
            <LangTexts value={el.documentation} testId="element-documentation" />
          </section>
          <section>
            <h2>{t('element.properties')}</h2>
            <PropertyList properties={el.properties} definitions={props.propertyDefinitions} />
          </section>
        </>
      )}
      <section>
        <h2>{t('relationships.outgoing')}</h2>
        <RelationshipList modelId={el.modelId} rows={outgoing} direction="outgoing" />
      </section>
      {props.relationshipCreator}
      <section>
        <h2>{t('relationships.incoming')}</h2>
        <RelationshipList modelId={el.modelId} rows={incoming} direction="incoming" />
      </section>
      <section>
        <h2>{t('element.usedInViews')}</h2>
        <UsedInViews views={el.usedInViews} modelId={el.modelId} />
      </section>
      <footer className="panel-footer muted">
        {t('element.identifier')}: <code>{el.identifier}</code> ·{' '}
        {t('element.version', { version: el.version })}
      </footer>
    </article>
  );
}
