import { Link } from '../router/link';
import { modelPath, portfolioPath } from '../router/router';
import { usePortfolioT } from './portfolio-i18n';

/** The shell's entry to the portfolio (Salkku / Portfölj / Portfolio) and back to the repository. */
export function PortfolioNavLink({ modelId, active }: { modelId: string; active: boolean }) {
  const t = usePortfolioT();
  return (
    <nav className="workspace-nav portfolio-nav" aria-label={t('title')}>
      {active ? (
        <Link to={modelPath(modelId)}>← {t('title')}</Link>
      ) : (
        <Link to={portfolioPath(modelId)} data-testid="nav-portfolio">
          {t('nav')}
        </Link>
      )}
    </nav>
  );
}
