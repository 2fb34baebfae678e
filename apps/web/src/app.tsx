import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './api/use-error-message';
import { SignInPage } from './auth/sign-in-page';
import { useViewer } from './auth/use-viewer';
import { Workspace } from './shell/workspace';

/** Signed out: the sign-in page. Signed in: the workspace for that user. */
export function App() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const message = useErrorMessage();
  if (viewer.isPending) return <p className="splash">{t('common.loading')}</p>;
  if (viewer.isError)
    return (
      <p className="splash error" role="alert">
        {message(viewer.error)}
      </p>
    );
  if (!viewer.data.me) return <SignInPage />;
  return <Workspace viewer={viewer.data.me} />;
}
