import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface SignInFormProps {
  busy: boolean;
  error: string | null;
  onSubmit(email: string, password: string): void;
}

export function SignInForm({ busy, error, onSubmit }: SignInFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(email.trim(), password);
  };
  return (
    <form className="sign-in-form" onSubmit={submit} data-testid="sign-in-form">
      <h1>{t('signIn.title')}</h1>
      <p className="muted">{t('signIn.intro')}</p>
      <label>
        {t('signIn.email')}
        <input
          type="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          data-testid="sign-in-email"
        />
      </label>
      <label>
        {t('signIn.password')}
        <input
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid="sign-in-password"
        />
      </label>
      {error && (
        <p className="error" role="alert" data-testid="sign-in-error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy} data-testid="sign-in-submit">
        {busy ? t('signIn.busy') : t('signIn.submit')}
      </button>
    </form>
  );
}
