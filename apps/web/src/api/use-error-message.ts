import { useTranslation } from 'react-i18next';
import { isGqlError } from '@kartasto/graphql';
import { relationshipTypeLabel, elementTypeLabel } from '@kartasto/metamodel';
import { useLang } from '../i18n/i18n';

/** Turns any failure into one plain sentence in the user's language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const lang = useLang();
  return (error) => {
    if (!isGqlError(error)) return t('errors.generic');
    const ext = error.extensions;
    switch (error.code) {
      case 'UNAUTHENTICATED':
        return t('errors.unauthenticated');
      case 'FORBIDDEN':
        return t('errors.forbidden');
      case 'NOT_FOUND':
        return t('errors.notFound');
      case 'CONFLICT':
        return t('errors.conflict');
      case 'INVALID_CREDENTIALS':
        return t('errors.invalidCredentials');
      case 'VALIDATION_FAILED':
        return t('errors.validation', { detail: error.message });
      case 'NETWORK':
        return t('errors.network');
      case 'RELATIONSHIP_NOT_ALLOWED': {
        const allowed = Array.isArray(ext.allowed) ? (ext.allowed as string[]) : [];
        const source = elementTypeLabel(String(ext.sourceType ?? ''), lang);
        const target = elementTypeLabel(String(ext.targetType ?? ''), lang);
        return allowed.length
          ? t('errors.relationshipNotAllowed', {
              source,
              target,
              allowed: allowed.map((type) => relationshipTypeLabel(type, lang)).join(', '),
            })
          : t('errors.relationshipNoneAllowed', { source, target });
      }
      default:
        return ext.requestId
          ? t('errors.internalWithId', { requestId: String(ext.requestId) })
          : t('errors.generic');
    }
  };
}
