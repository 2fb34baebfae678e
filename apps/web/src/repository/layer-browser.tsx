import { useTranslation } from 'react-i18next';
import { ELEMENT_TYPE_DEFS, LAYERS, elementTypeLabel, layerLabel } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';
import { ElementListContainer } from './element-list-container';
import { TreeBranch } from './tree-branch';

interface LayerBrowserProps {
  modelId: string;
  selectedElementId: string | null;
}

/** Layers, then the element types of each layer, then the elements of each type. */
export function LayerBrowser({ modelId, selectedElementId }: LayerBrowserProps) {
  const lang = useLang();
  const { t } = useTranslation();
  return (
    <ul className="tree" data-testid="layer-tree" aria-label={t('browser.layers')}>
      {LAYERS.map((layer) => (
        <TreeBranch
          key={layer}
          testId={`tree-layer-${layer}`}
          label={
            <>
              <span className={`layer-dot layer-${layer}`} aria-hidden="true" />
              {layerLabel(layer, lang)}
            </>
          }
        >
          {() =>
            ELEMENT_TYPE_DEFS.filter((d) => d.layer === layer).map((d) => (
              <TreeBranch
                key={d.type}
                testId={`tree-type-${d.type}`}
                label={elementTypeLabel(d.type, lang)}
              >
                {() => (
                  <ElementListContainer
                    modelId={modelId}
                    filter={{ types: [d.type] }}
                    selectedElementId={selectedElementId}
                    showType={false}
                  />
                )}
              </TreeBranch>
            ))
          }
        </TreeBranch>
      ))}
    </ul>
  );
}
