import { useErrorMessage } from '../api/use-error-message';
import { LanguageSwitcher } from '../shell/language-switcher';
import { SignInForm } from './sign-in-form';
import { useSignIn } from './use-sign-in';

/** Container: signs in and lets the viewer query take the user on to the workspace. */
export function SignInPage() {
  const signIn = useSignIn();
  const message = useErrorMessage();
  return (
    <main className="sign-in-page">
      <div className="sign-in-brand">
        <span className="brand">Kartasto</span>
        <LanguageSwitcher />
      </div>
      <SignInForm
        busy={signIn.isPending}
        error={signIn.error ? message(signIn.error) : null}
        onSubmit={(email, password) => signIn.mutate({ email, password })}
      />
    </main>
  );
}
