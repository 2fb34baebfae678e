import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql, gqlRequest, type Visibility } from '@kartasto/graphql';
import { useErrorMessage } from '../api/use-error-message';
import { featureTexts } from '../i18n/feature-texts';

const en = {
  title: 'Sharing',
  private: 'Only this organisation',
  network: 'The architecture network (every signed-in organisation may read)',
  public: 'Public',
  save: 'Save',
  saved: 'Saved.',
};
type Texts = typeof en;
const useSharingT = featureTexts<Texts>('modelSharing', {
  en,
  fi: {
    title: 'Jakaminen',
    private: 'Vain tämä organisaatio',
    network: 'Arkkitehtuuriverkosto (kaikki kirjautuneet organisaatiot voivat lukea)',
    public: 'Julkinen',
    save: 'Tallenna',
    saved: 'Tallennettu.',
  },
  sv: {
    title: 'Delning',
    private: 'Endast denna organisation',
    network: 'Arkitekturnätverket (alla inloggade organisationer får läsa)',
    public: 'Offentlig',
    save: 'Spara',
    saved: 'Sparat.',
  },
});

const UpdateModelMutation = graphql(`
  mutation UpdateModelVisibility($input: UpdateModelInput!) {
    updateModel(input: $input) {
      id
      visibility
      version
    }
  }
`);

/** An organisation admin shares the model with the architecture network or the public. */
export function ModelSharing({
  modelId,
  visibility,
  version,
}: {
  modelId: string;
  visibility: Visibility;
  version: number;
}) {
  const t = useSharingT();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<Visibility>(visibility);
  const save = useMutation({
    mutationFn: () =>
      gqlRequest(UpdateModelMutation, {
        input: { id: modelId, expectedVersion: version, visibility: choice },
      }),
    onSettled: () => queryClient.invalidateQueries(),
  });
  return (
    <section className="model-sharing" data-testid="model-sharing">
      <h2>{t('title')}</h2>
      <select
        value={choice}
        onChange={(e) => setChoice(e.target.value as Visibility)}
        data-testid="model-visibility"
      >
        {(['private', 'network', 'public'] as const).map((v) => (
          <option key={v} value={v}>
            {t(v)}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        disabled={choice === visibility || save.isPending}
        onClick={() => save.mutate()}
        data-testid="save-visibility"
      >
        {t('save')}
      </button>
      {save.isSuccess && (
        <span className="muted" data-testid="visibility-saved">
          {' '}
          {t('saved')}
        </span>
      )}
      {save.isError && (
        <p className="error" role="alert">
          {message(save.error)}
        </p>
      )}
    </section>
  );
}
