import { elementNotation, relationshipNotation, type FlowGraph } from '@kartasto/diagram';
import { elementTypeLabel, relationshipTypeLabel, type Lang } from '@kartasto/metamodel';
import { useDiagramT } from './diagram-i18n';
import { NotationIcon } from './diagram-nodes';
import { markerId, shapePath } from './notation-svg';

/** What the view's notation means: each element and relationship type it shows, drawn small. */
export function DiagramLegend({ graph, lang }: { graph: FlowGraph; lang: Lang }) {
  const t = useDiagramT();
  const elementTypes = [
    ...new Set(graph.nodes.map((n) => n.data.elementType).filter(Boolean)),
  ] as string[];
  const relationshipTypes = [
    ...new Set(graph.edges.map((e) => e.data.relationshipType).filter(Boolean)),
  ] as string[];
  return (
    <aside className="diagram-legend" data-testid="diagram-legend" aria-label={t('legend.title')}>
      <h3>{t('legend.elements')}</h3>
      <ul className="plain-list">
        {elementTypes.sort().map((type) => {
          const n = elementNotation(type);
          return (
            <li key={type}>
              <svg width="34" height="18" aria-hidden="true">
                <path
                  d={shapePath(n.shape, 32, 16)}
                  transform="translate(1 1)"
                  fill={n.fill}
                  stroke="#1d2330"
                />
              </svg>
              <NotationIcon icon={n.icon} size={14} /> {elementTypeLabel(type, lang)}
            </li>
          );
        })}
      </ul>
      {relationshipTypes.length > 0 && <h3>{t('legend.relationships')}</h3>}
      <ul className="plain-list">
        {relationshipTypes.sort().map((type) => {
          const r = relationshipNotation(type);
          return (
            <li key={type}>
              <svg width="60" height="14" aria-hidden="true">
                <path
                  d="M4 7H56"
                  stroke="#1d2330"
                  fill="none"
                  strokeDasharray={r.dash}
                  markerStart={
                    r.sourceMarker ? `url(#${markerId(r.sourceMarker, 'start')})` : undefined
                  }
                  markerEnd={
                    r.targetMarker ? `url(#${markerId(r.targetMarker, 'end')})` : undefined
                  }
                />
              </svg>{' '}
              {relationshipTypeLabel(type, lang)}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
