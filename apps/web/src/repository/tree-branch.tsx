import { useState, type ReactNode } from 'react';

interface TreeBranchProps {
  label: ReactNode;
  testId?: string;
  defaultOpen?: boolean;
  /** Rendered only while open, so closed branches ask the server for nothing. */
  children: () => ReactNode;
}

/** One expandable row of a tree; Enter/Space toggles it like any button. */
export function TreeBranch({ label, testId, defaultOpen = false, children }: TreeBranchProps) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <li className="tree-branch">
      <button
        type="button"
        className="tree-toggle"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid={testId}
      >
        <span className={open ? 'chevron open' : 'chevron'} aria-hidden="true" />
        {label}
      </button>
      {open && <ul className="tree-children">{children()}</ul>}
    </li>
  );
}
