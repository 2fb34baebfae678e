import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLang } from '../i18n/i18n';
import { lifecyclePhases, nameOf, type Phase } from './portfolio-rows';
import { usePortfolioT } from './portfolio-i18n';
import type { PortfolioData, PortfolioRowData } from './use-portfolio';

type ValueLists = PortfolioData['valueLists'][number]['lists'];

const PHASE_CODE: Record<Exclude<Phase, 'none'>, string> = {
  planned: 'Suunnitteilla',
  production: 'Tuotannossa',
  retiring: 'Poistumassa',
  retired: 'Poistunut',
};

/** A timeline per system: its lifecycle state in each year, filtered like the table. */
export function PortfolioRoadmap({ rows, lists }: { rows: PortfolioRowData[]; lists: ValueLists }) {
  const t = usePortfolioT();
  const lang = useLang();
  const thisYear = new Date().getFullYear();
  const years = useMemo(() => Array.from({ length: 16 }, (_, i) => thisYear - 5 + i), [thisYear]);
  const lifecycle = lists.find((l) => l.key === 'lifecycleState');
  const label = (phase: Exclude<Phase, 'none'>) => nameOf(lifecycle?.values.find((v) => v.code === PHASE_CODE[phase])?.label ?? {}, lang) || PHASE_CODE[phase];
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => 28, overscan: 10 });
  const template = `minmax(14rem, 1fr) repeat(${years.length}, 3.2rem)`;
  return (
    <div className="portfolio-roadmap" data-testid="portfolio-roadmap">
      <div className="roadmap-legend">
        {(['planned', 'production', 'retiring', 'retired'] as const).map((p) => (
          <span key={p} className={`roadmap-chip phase-${p}`}>
            {label(p)}
          </span>
        ))}
      </div>
      <div className="roadmap-row roadmap-head" style={{ gridTemplateColumns: template }}>
        <span>{t('name')}</span>
        {years.map((y) => (
          <span key={y} className={y === thisYear ? 'roadmap-now' : undefined}>
            {y}
          </span>
        ))}
      </div>
      <div ref={scroller} className="portfolio-scroll">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const row = rows[v.index];
            const phases = lifecyclePhases(row.values, years, thisYear);
            return (
              <div
                key={row.elementId}
                className="roadmap-row"
                style={{ gridTemplateColumns: template, position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` }}
              >
                <span className="roadmap-name">{nameOf(row.name, lang)}</span>
                {phases.map((p, i) => (
                  <span key={years[i]} className={`roadmap-cell phase-${p}`} title={p === 'none' ? t('lifecycleUnknown') : `${years[i]}: ${label(p)}`} />
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
