import { textIn, viewKindLabel, type LangMap } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';
import { Link } from '../router/link';
import { viewPath } from '../router/router';
import { useDiagramT } from './diagram-i18n';
import type { GeneratedKind } from './view-api';

interface ViewListProps {
  modelId: string;
  views: readonly { id: string; name: LangMap; kind: string }[];
  selectedViewId: string | null;
  canEdit: boolean;
  generating: GeneratedKind | null;
  onGenerate(kind: GeneratedKind): void;
}

const KINDS: readonly GeneratedKind[] = ['ecosystem', 'process', 'portfolio'];

/** The model's views as links, and (for editors) buttons that generate the JHS 179 kinds. */
export function ViewList(props: ViewListProps) {
  const t = useDiagramT();
  const lang = useLang();
  return (
    <div className="view-list" data-testid="view-list">
      {props.views.length === 0 && <p className="muted">{t('noViews')}</p>}
      <ul className="plain-list">
        {props.views.map((v) => (
          <li key={v.id}>
            <Link
              to={viewPath(props.modelId, v.id)}
              className={v.id === props.selectedViewId ? 'tree-leaf selected' : 'tree-leaf'}
              aria-current={v.id === props.selectedViewId ? 'page' : undefined}
              data-testid="view-link"
              data-view-kind={v.kind}
            >
              <span className="leaf-name">{textIn(v.name, lang) || '—'}</span>
              <span className="muted small"> · {viewKindLabel(v.kind, lang)}</span>
            </Link>
          </li>
        ))}
      </ul>
      {props.canEdit && (
        <div className="view-generate">
          {KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              disabled={props.generating !== null}
              onClick={() => props.onGenerate(kind)}
              data-testid={`generate-${kind}`}
            >
              {props.generating === kind ? t('generate.busy') : t(`generate.${kind}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
