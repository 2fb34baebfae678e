import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Dialog } from '../ui/dialog';
import { modelPath, navigate } from '../router/router';
import { useExchangeT } from './exchange-i18n';
import { percent, startImport, type ImportJob, type ImportTarget } from './import-job';
import { useImportJob } from './use-import-job';

const KINDS = ['elements', 'relationships', 'views', 'folders'] as const;
const COLS = ['new', 'changed', 'unchanged', 'missing'] as const;

interface Props {
  modelId: string;
  organizationId: string;
  organizationName: string;
  onClose(): void;
}

/** Choose a file, preview what it changes, then import it as one job with a progress bar. */
export function ImportDialog({ modelId, organizationId, organizationName, onClose }: Props) {
  const t = useExchangeT();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [merge, setMerge] = useState(true);
  const [name, setName] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [mode, setMode] = useState<'preview' | 'apply'>('preview');
  const [startError, setStartError] = useState<string | null>(null);
  const job = useImportJob(jobId).data;
  const running = !!jobId && (!job || job.status === 'running' || job.status === 'queued');
  const target: ImportTarget = merge
    ? { intoModelId: modelId }
    : { organizationId, name: name.trim() || undefined };

  async function run(next: 'preview' | 'apply') {
    if (!file) return;
    setStartError(null);
    setMode(next);
    // The import checks that the model is still as this preview found it.
    const basis = next === 'apply' ? job?.preview?.basis : undefined;
    try {
      setJobId(await startImport(file, target, next, basis));
    } catch (e) {
      setStartError((e as Error).message);
      setJobId(null);
    }
  }

  const finishedApply = mode === 'apply' && job?.status === 'succeeded';
  useEffect(() => {
    // The repository, views and portfolio all show what was imported.
    if (finishedApply)
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'import-job' });
  }, [finishedApply, queryClient]);

  return (
    <Dialog title={t('dialogTitle')} onClose={onClose} testId="import-dialog">
      <label className="field">
        <span>{t('fileLabel')}</span>
        <input
          type="file"
          accept=".xml,.zip,application/xml,application/zip"
          data-testid="import-file"
          disabled={running}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setJobId(null);
          }}
        />
      </label>
      <fieldset className="field import-target" disabled={running}>
        <legend>{t('target')}</legend>
        <label>
          <input
            type="radio"
            checked={merge}
            onChange={() => setMerge(true)}
            data-testid="import-merge"
          />{' '}
          {t('targetMerge')}
        </label>
        <label>
          <input
            type="radio"
            checked={!merge}
            onChange={() => setMerge(false)}
            data-testid="import-new"
          />{' '}
          {t('targetNew', { organization: organizationName })}
        </label>
        {!merge && (
          <label className="field">
            <span>{t('newName')}</span>
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              data-testid="import-name"
            />
          </label>
        )}
      </fieldset>
      {running && <Progress job={job} />}
      {startError && (
        <p className="error" role="alert">
          {startError}
        </p>
      )}
      {job?.status === 'failed' && (
        <div className="error" role="alert" data-testid="import-error">
          {job.error?.code === 'CONFLICT' ? (
            <p>{t('changedSincePreview')}</p>
          ) : (
            <>
              <p>{t('failed')}</p>
              <p>{job.error?.message}</p>
            </>
          )}
        </div>
      )}
      {job?.status === 'succeeded' && job.preview && !finishedApply && <Preview job={job} />}
      {finishedApply && job.summary && (
        <p className="success" role="status" data-testid="import-done">
          {t('done', job.summary)}
        </p>
      )}
      <div className="dialog-actions">
        {finishedApply && job.modelId ? (
          <button
            type="button"
            className="primary"
            onClick={() => {
              onClose();
              navigate(modelPath(job.modelId!));
            }}
          >
            {t('openModel')}
          </button>
        ) : (
          <>
            <button
              type="button"
              disabled={!file || running}
              onClick={() => run('preview')}
              data-testid="import-preview"
            >
              {t('preview')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={!file || running || !(mode === 'preview' && job?.status === 'succeeded')}
              onClick={() => run('apply')}
              data-testid="import-apply"
            >
              {t('apply')}
            </button>
          </>
        )}
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}

function Progress({ job }: { job: ImportJob | undefined }) {
  const t = useExchangeT();
  const value = job ? percent(job) : 0;
  return (
    <div className="import-progress">
      <span>{job?.phase ? t(`phase.${job.phase}`) : t('running')}</span>
      <progress max={100} value={value} data-testid="import-progress" aria-label={t('running')}>
        {value}%
      </progress>
    </div>
  );
}

function Preview({ job }: { job: ImportJob }) {
  const t = useExchangeT();
  const p = job.preview!;
  return (
    <section data-testid="import-preview-result">
      <h3>{t('counts')}</h3>
      <table className="import-counts">
        <thead>
          <tr>
            <th />
            {COLS.map((c) => (
              <th key={c}>{t(`col.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KINDS.map((k) => (
            <tr key={k}>
              <th scope="row">{t(`kind.${k}`)}</th>
              {COLS.map((c) => (
                <td key={c} data-testid={`import-${k}-${c}`}>
                  {p[k][c]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('missingNote')}</p>
      {p.items.length > 0 && (
        <ul className="import-items">
          {p.items.map((i) => (
            <li key={`${i.kind}:${i.identifier}`}>
              <span className={`change change-${i.change}`}>{t(`change.${i.change}`)}</span>{' '}
              {i.name || i.identifier}
            </li>
          ))}
        </ul>
      )}
      {p.itemsTruncated && <p className="muted">{t('itemsTruncated')}</p>}
      {p.warningCount > 0 && (
        <div className="warning">
          <p>{t('warnings', { count: p.warningCount })}</p>
          <ul>
            {p.warnings.slice(0, 20).map((w) => (
              <li key={w.identifier}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
