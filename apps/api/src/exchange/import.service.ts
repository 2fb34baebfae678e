import { Injectable, Logger } from '@nestjs/common';
import type { LangMap, ModelDocument } from '@kartasto/metamodel';
import { rm } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError, forbidden } from '../common/domain-error';
import type { RequestContext } from '../common/request-context';
import { ModelAccessService } from '../models/model-access.service';
import { previewMerge, type ImportPreview } from './import-preview';
import { readModelDocument } from './model-document.reader';
import { writeModelDocument, type WriteSummary } from './model-document.writer';
import { readImportFile, type ImportFormat } from './read-import-file';

export interface ImportRequest {
  userId: string;
  format: ImportFormat;
  mode: 'preview' | 'apply';
  filePath: string;
  fileName?: string;
  /** Merge into this model, or create a new model in `organizationId`. */
  intoModelId?: string;
  organizationId: string;
  newModelName?: string;
  maxBytes: number;
  requestId?: string;
  /** Remove the file when done (uploads). */
  deleteFile?: boolean;
}

export interface ImportOutcome {
  modelId: string | null;
  preview: ImportPreview;
  summary: WriteSummary | null;
}

export type ProgressFn = (phase: string, done: number, total: number) => void;

const emptyDoc = (): ModelDocument => ({
  name: {},
  documentation: {},
  properties: [],
  propertyDefinitions: [],
  elements: [],
  relationships: [],
  folders: [],
  views: [],
});

/**
 * Imports an exchange file or Archi CSV zip: parse, check, preview, and (in apply mode)
 * write everything in ONE transaction — on any error nothing is written.
 */
@Injectable()
export class ImportService {
  private readonly log = new Logger('Import');

  constructor(
    private readonly db: DataSource,
    private readonly access: ModelAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Checks rights before any work; returns the organisation the import writes into. */
  async authorize(
    ctx: RequestContext,
    intoModelId?: string,
    organizationId?: string,
  ): Promise<string> {
    if (intoModelId) return (await this.access.editable(ctx, intoModelId)).organizationId;
    if (!organizationId)
      throw new DomainError(
        'VALIDATION_FAILED',
        'Say which model to import into, or which organisation gets the new model.',
      );
    const role = ctx.user!.memberships.get(organizationId);
    if (role !== 'editor' && role !== 'admin')
      throw forbidden('Importing a new model needs the editor role in the organisation.');
    return organizationId;
  }

  async run(req: ImportRequest, progress: ProgressFn = () => {}): Promise<ImportOutcome> {
    try {
      progress('parse', 0, 1);
      const doc = await readImportFile(req.filePath, req.format, {
        maxBytes: req.maxBytes,
        onProgress: (done, total) => progress('parse', done, total),
      });
      progress('preview', 0, 1);
      const current = req.intoModelId
        ? await readModelDocument(this.db.manager, req.intoModelId)
        : emptyDoc();
      const preview = previewMerge(current, doc);
      if (req.mode === 'preview')
        return { modelId: req.intoModelId ?? null, preview, summary: null };
      const result = await this.db.transaction(async (em) => {
        let modelId = req.intoModelId;
        if (!modelId) {
          const name: LangMap = req.newModelName
            ? { fi: req.newModelName }
            : Object.keys(doc.name).length
              ? doc.name
              : { fi: req.fileName ?? 'Tuotu malli' };
          const [row] = await em.query(
            `INSERT INTO model (organization_id, identifier, name, documentation, kind, state, visibility, created_by, updated_by)
             VALUES ($1,$2,$3,$4,'enterprise','current','private',$5,$5) RETURNING id`,
            [req.organizationId, doc.id ?? null, name, doc.documentation, req.userId],
          );
          modelId = row.id as string;
        }
        const summary = await writeModelDocument(em, doc, {
          modelId,
          userId: req.userId,
          merge: !!req.intoModelId,
          onProgress: (done, total) => progress('write', done, total),
        });
        await this.audit.record(em, {
          userId: req.userId,
          organizationId: req.organizationId,
          modelId,
          entityType: 'model',
          entityId: modelId,
          action: req.intoModelId ? 'import-merge' : 'import',
          after: {
            file: req.fileName,
            format: req.format,
            summary,
            preview: { ...preview, items: undefined },
          },
          requestId: req.requestId,
        });
        return { modelId, summary };
      });
      return { modelId: result.modelId, preview, summary: result.summary };
    } finally {
      if (req.deleteFile) await rm(req.filePath, { force: true });
    }
  }

  /** Starts `run` in the background as a job whose progress is stored; returns the job id. */
  async start(req: ImportRequest): Promise<string> {
    const [job] = await this.db.query(
      `INSERT INTO import_job (organization_id, model_id, created_by, mode, format, file_name, status, phase)
       VALUES ($1,$2,$3,$4,$5,$6,'running','parse') RETURNING id`,
      [
        req.organizationId,
        req.intoModelId ?? null,
        req.userId,
        req.mode,
        req.format,
        req.fileName ?? null,
      ],
    );
    let last = 0;
    const progress: ProgressFn = (phase, done, total) => {
      const now = Date.now();
      if (now - last < 300) return;
      last = now;
      this.db
        .query('UPDATE import_job SET phase = $2, done = $3, total = $4 WHERE id = $1', [
          job.id,
          phase,
          Math.round(done),
          Math.round(total),
        ])
        .catch(() => undefined);
    };
    void this.run(req, progress).then(
      (outcome) =>
        this.db.query(
          `UPDATE import_job SET status = 'succeeded', phase = 'done', model_id = $2, preview = $3, summary = $4,
                  done = total, finished_at = now() WHERE id = $1`,
          [
            job.id,
            outcome.modelId,
            JSON.stringify(outcome.preview),
            outcome.summary ? JSON.stringify(outcome.summary) : null,
          ],
        ),
      (error: unknown) => {
        const body =
          error instanceof DomainError
            ? { code: error.code, message: error.message, ...error.details }
            : {
                code: 'INTERNAL',
                message: 'The import failed on the server; nothing was written.',
              };
        if (!(error instanceof DomainError))
          this.log.error(`import job ${job.id}: ${(error as Error)?.stack ?? error}`);
        return this.db.query(
          `UPDATE import_job SET status = 'failed', error = $2, finished_at = now() WHERE id = $1`,
          [job.id, JSON.stringify(body)],
        );
      },
    );
    return job.id;
  }
}
