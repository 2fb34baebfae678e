import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface UserMenuProps {
  displayName: string;
  email: string;
  onSignOut(): void;
}

export function UserMenu({ displayName, email, onSignOut }: UserMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    // A click anywhere else or Escape closes the menu, as users expect of menus.
    const onClick = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="user-menu" ref={root}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="user-menu"
      >
        <span className="avatar" aria-hidden="true">
          {displayName.slice(0, 1).toUpperCase()}
        </span>
        {displayName}
      </button>
      {open && (
        <div className="menu" role="menu">
          <p className="muted menu-email">{email}</p>
          <button type="button" role="menuitem" onClick={onSignOut} data-testid="sign-out">
            {t('header.signOut')}
          </button>
        </div>
      )}
    </div>
  );
}
