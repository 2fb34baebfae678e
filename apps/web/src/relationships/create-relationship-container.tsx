import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LangMap } from '@kartasto/metamodel';
import { useErrorMessage } from '../api/use-error-message';
import type { SearchHit } from '../repository/search-results';
import { ElementPicker } from './element-picker';
import { RelationshipForm, type RelationshipChoice } from './relationship-form';
import { useCreateRelationship } from './use-relationship-mutations';

interface CreateRelationshipContainerProps {
  source: { id: string; modelId: string; name: LangMap; type: string };
  onDone(): void;
}

/** Container: pick the target, then the type, then create the relationship from `source`. */
export function CreateRelationshipContainer({ source, onDone }: CreateRelationshipContainerProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const create = useCreateRelationship();
  const [target, setTarget] = useState<SearchHit | null>(null);
  const submit = (choice: RelationshipChoice) =>
    create.mutate(
      {
        modelId: source.modelId,
        sourceId: source.id,
        targetId: target!.id,
        type: choice.type,
        accessType: choice.type === 'Access' ? choice.accessType : undefined,
        influenceStrength:
          choice.type === 'Influence' && choice.influenceStrength.trim()
            ? choice.influenceStrength.trim()
            : undefined,
        isDirected: choice.type === 'Association' ? choice.isDirected : undefined,
      },
      { onSuccess: onDone },
    );
  return (
    <section
      className="relationship-creator"
      aria-label={t('relationships.add')}
      data-testid="relationship-creator"
    >
      <h2>{t('relationships.add')}</h2>
      {target ? (
        <RelationshipForm
          key={target.id}
          source={source}
          target={target}
          busy={create.isPending}
          error={create.error ? message(create.error) : null}
          onSubmit={submit}
          onChangeTarget={() => {
            create.reset();
            setTarget(null);
          }}
          onCancel={onDone}
        />
      ) : (
        <div className="picker-row">
          <ElementPicker modelId={source.modelId} onPick={setTarget} />
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
