import { relationshipTypeLabel, type Lang, type RelationshipType } from '@kartasto/metamodel';
import { Dialog } from '../ui/dialog';
import { useDiagramT } from './diagram-i18n';

export interface ConnectChoice {
  relationshipId?: string;
  type?: RelationshipType;
}

interface ConnectDialogProps {
  title: string;
  intro?: string;
  lang: Lang;
  /** Relationships already in the model between the two elements (this direction). */
  existing: readonly { id: string; type: string; label: string }[];
  /** Types ArchiMate allows here; nothing else is offered. */
  allowed: readonly RelationshipType[];
  skipLabel?: string;
  busy?: boolean;
  error?: string | null;
  onChoose(choice: ConnectChoice): void;
  onSkip?(): void;
  onClose(): void;
}

/** Choose how two nodes connect: reuse a relationship, or create one of the allowed types. */
export function ConnectDialog(props: ConnectDialogProps) {
  const t = useDiagramT();
  return (
    <Dialog title={props.title} onClose={props.onClose} testId="connect-dialog">
      {props.intro && <p>{props.intro}</p>}
      {props.existing.length > 0 && (
        <>
          <h3>{t('connect.existing')}</h3>
          <ul className="plain-list connect-options">
            {props.existing.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  disabled={props.busy}
                  onClick={() => props.onChoose({ relationshipId: r.id })}
                  data-testid="connect-existing"
                >
                  {relationshipTypeLabel(r.type, props.lang)}
                  {r.label ? ` · ${r.label}` : ''}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('connect.create')}</h3>
      {props.allowed.length === 0 ? (
        <p className="muted" data-testid="connect-none">
          {t('connect.none')}
        </p>
      ) : (
        <ul className="plain-list connect-options" data-testid="connect-types">
          {props.allowed.map((type) => (
            <li key={type}>
              <button
                type="button"
                disabled={props.busy}
                onClick={() => props.onChoose({ type })}
                data-testid={`connect-type-${type}`}
              >
                {relationshipTypeLabel(type, props.lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.error && (
        <p className="error" role="alert">
          {props.error}
        </p>
      )}
      <div className="dialog-actions">
        {props.onSkip && (
          <button type="button" onClick={props.onSkip} data-testid="nest-skip">
            {props.skipLabel}
          </button>
        )}
        <button type="button" onClick={props.onClose} data-testid="connect-cancel">
          {t('connect.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
