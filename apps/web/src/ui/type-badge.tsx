import { elementTypeLabel } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';
import { layerOf } from './layer-of';

/** An element type's name tinted with its layer's colour; compact shows only the colour chip. */
export function TypeBadge({ type, compact = false }: { type: string; compact?: boolean }) {
  const lang = useLang();
  const label = elementTypeLabel(type, lang);
  const layer = layerOf(type);
  if (compact)
    return <span className={`layer-dot layer-${layer}`} title={label} aria-hidden="true" />;
  return <span className={`type-badge layer-${layer}`}>{label}</span>;
}
