import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { usePortfolioT } from './portfolio-i18n';

interface Problem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}
interface Report {
  applied: boolean;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  interfaceChangeCount: number;
  problems: Problem[];
  warnings: Problem[];
  rows: { row: number; name: string; status: string; changes: { column: string; before: string | null; after: string | null }[] }[];
}

async function send(modelId: string, file: File, mode: 'preview' | 'apply'): Promise<Report> {
  const res = await fetch(`/api/models/${encodeURIComponent(modelId)}/portfolio/import?mode=${mode}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = await res.json();
  if (!res.ok && !Array.isArray(body.problems)) throw new Error(body.message ?? `HTTP ${res.status}`);
  return body as Report;
}

/** Preview first (new / changed rows, every problem by sheet, row and column), then apply all or nothing. */
export function ImportDialog({ modelId, canEdit, onClose }: { modelId: string; canEdit: boolean; onClose(): void }) {
  const t = usePortfolioT();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (mode: 'preview' | 'apply') => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await send(modelId, file, mode);
      setReport(r);
      if (r.applied) await client.invalidateQueries({ queryKey: ['portfolio', modelId] });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog portfolio-import" role="dialog" aria-modal="true" aria-labelledby="portfolio-import-title" data-testid="portfolio-import">
        <h2 id="portfolio-import-title">{t('importTitle')}</h2>
        <label>
          {t('importChoose')}{' '}
          <input type="file" accept=".xlsx,.csv" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setReport(null); }} data-testid="portfolio-import-file" />
        </label>
        <div className="dialog-actions">
          <button type="button" disabled={!file || busy} onClick={() => run('preview')} data-testid="portfolio-import-preview">
            {t('importPreview')}
          </button>
          <button type="button" disabled={!canEdit || !report || report.applied || report.problems.length > 0 || busy} onClick={() => run('apply')} data-testid="portfolio-import-apply">
            {t('importApply')}
          </button>
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        {report && (
          <div data-testid="portfolio-import-report">
            {report.applied && <p className="notice">{t('importDone')}</p>}
            <p>
              {t('importNew', { count: report.newCount })} · {t('importChanged', { count: report.changedCount })} · {t('importUnchanged', { count: report.unchangedCount })} ·{' '}
              {t('importInterfaces', { count: report.interfaceChangeCount })}
            </p>
            {report.problems.length > 0 && <ProblemTable title={t('importProblems')} problems={report.problems} />}
            {report.warnings.length > 0 && <ProblemTable title={t('importWarnings')} problems={report.warnings} />}
            <ul className="portfolio-import-rows">
              {report.rows.slice(0, 200).map((r) => (
                <li key={`${r.row}`}>
                  {r.row}: {r.name} ({r.status}) {r.changes.map((c) => `${c.column}: ${c.before ?? '–'} → ${c.after ?? '–'}`).join('; ')}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

function ProblemTable({ title, problems }: { title: string; problems: Problem[] }) {
  const t = usePortfolioT();
  return (
    <table className="portfolio-problems">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th>{t('importSheet')}</th>
          <th>{t('importRow')}</th>
          <th>{t('importColumn')}</th>
          <th>{t('importMessage')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td>{p.sheet}</td>
            <td>{p.row}</td>
            <td>{p.column}</td>
            <td>{p.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
