import { useTranslation } from 'react-i18next';
import { accessTypeLabel, relationshipTypeLabel, textIn, type LangMap } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';
import { Link } from '../router/link';
import { elementPath } from '../router/router';
import { TypeBadge } from '../ui/type-badge';

export interface RelationshipRow {
  id: string;
  type: string;
  accessType?: string | null;
  influenceStrength?: string | null;
  /** The element at the other end; null when that end is a relationship. */
  other: { id: string; name: LangMap; type: string } | null;
}

interface RelationshipListProps {
  modelId: string;
  rows: readonly RelationshipRow[];
  direction: 'outgoing' | 'incoming';
}

/** Relationships as "type → other end", each other end a link to its own panel. */
export function RelationshipList({ modelId, rows, direction }: RelationshipListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  if (rows.length === 0) return <p className="muted">{t('relationships.none')}</p>;
  return (
    <ul className="relationship-list" data-testid={`relationships-${direction}`}>
      {rows.map((r) => (
        <li key={r.id}>
          <span className="rel-type">
            {direction === 'incoming' && <span aria-hidden="true">← </span>}
            {relationshipTypeLabel(r.type, lang)}
            {r.accessType && r.type === 'Access' && ` (${accessTypeLabel(r.accessType, lang)})`}
            {r.influenceStrength && ` (${r.influenceStrength})`}
            {direction === 'outgoing' && <span aria-hidden="true"> →</span>}
          </span>
          {r.other ? (
            <Link to={elementPath(modelId, r.other.id)} className="rel-other">
              <TypeBadge type={r.other.type} compact />
              {textIn(r.other.name, lang) || t('element.unnamed')}
            </Link>
          ) : (
            <span className="muted">{t('relationships.toRelationship')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
