/** Talks to POST /api/imports and GET /api/imports/:id (the job API). */

export interface PreviewCategory {
  new: number;
  changed: number;
  unchanged: number;
  missing: number;
}

export interface ImportJob {
  id: string;
  modelId: string | null;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  phase: 'parse' | 'store' | 'preview' | 'write' | 'done' | null;
  done: number;
  total: number;
  preview: {
    elements: PreviewCategory;
    relationships: PreviewCategory;
    views: PreviewCategory;
    folders: PreviewCategory;
    items: {
      kind: string;
      identifier: string;
      name: string;
      change: 'new' | 'changed' | 'missing';
    }[];
    itemsTruncated: boolean;
    warnings: { identifier: string; message: string }[];
    warningCount: number;
    /** A merge preview's basis: the import refuses if the model has changed since. */
    basis?: string;
  } | null;
  summary: { elements: number; relationships: number; views: number } | null;
  error: { code: string; message: string; line?: number; identifier?: string } | null;
}

export interface ImportTarget {
  /** Merge into this model, or create a new one in the organisation. */
  intoModelId?: string;
  organizationId?: string;
  name?: string;
}

async function json<T>(res: Response): Promise<T> {
  const body = await res.json();
  if (!res.ok) throw new Error(body?.message ?? `HTTP ${res.status}`);
  return body as T;
}

export async function startImport(
  file: File,
  target: ImportTarget,
  mode: 'preview' | 'apply',
  /** The basis of the preview the architect saw, when merging. */
  basis?: string,
): Promise<string> {
  const q = new URLSearchParams({ mode, fileName: file.name });
  if (target.intoModelId) {
    q.set('into', target.intoModelId);
    if (basis) q.set('basis', basis);
  } else {
    q.set('organizationId', target.organizationId ?? '');
    if (target.name) q.set('name', target.name);
  }
  const res = await fetch(`/api/imports?${q}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': file.name.toLowerCase().endsWith('.zip')
        ? 'application/zip'
        : 'application/xml',
    },
    body: file,
  });
  return (await json<{ jobId: string }>(res)).jobId;
}

export async function readJob(jobId: string): Promise<ImportJob> {
  return json<ImportJob>(
    await fetch(`/api/imports/${encodeURIComponent(jobId)}`, { credentials: 'same-origin' }),
  );
}

/** 0-100 for the progress bar. */
export function percent(job: Pick<ImportJob, 'done' | 'total' | 'status'>): number {
  if (job.status === 'succeeded') return 100;
  return job.total > 0 ? Math.min(99, Math.round((job.done / job.total) * 100)) : 0;
}
