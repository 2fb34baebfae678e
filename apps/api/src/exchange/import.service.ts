import { Injectable, Logger } from '@nestjs/common';
import { emptyModelDocument, type LangMap, type ModelDocument } from '@kartasto/metamodel';
import { rm } from 'node:fs/promises';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError, forbidden } from '../common/domain-error';
import type { RequestContext } from '../common/request-context';
import { ModelAccessService } from '../models/model-access.service';
import { previewMerge, type ImportPreview } from './import-preview';
import { changedSincePreview, lockModelRows, modelBasis } from './model-basis';
import { readModelDocument } from './model-document.reader';
import { writeModelDocument, type WriteSummary } from './model-document.writer';
import { readFolderHints, readImportFile, type ImportFormat } from './read-import-file';
import { StreamingModelWriter } from './streaming-model.writer';

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
  /**
   * A merge's preview basis (ImportPreview.basis): the import refuses with CONFLICT when the
   * model has changed since. Without it the merge applies to the model as it finds it.
   */
  basis?: string;
}

export interface ImportOutcome {
  modelId: string | null;
  preview: ImportPreview;
  summary: WriteSummary | null;
}

export type ProgressFn = (phase: string, done: number, total: number) => void;

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
      if (!req.intoModelId && req.mode === 'apply' && req.format === 'exchange')
        return await this.importNewModel(req, progress);
      const doc = await readImportFile(req.filePath, req.format, {
        maxBytes: req.maxBytes,
        onProgress: (done, total) => progress('parse', done, total),
      });
      progress('preview', 0, 1);
      if (req.mode === 'preview') {
        // The basis is taken before the model is read: an edit in between makes the import
        // refuse, never pass unseen.
        const basis = req.intoModelId
          ? await modelBasis(this.db.manager, req.intoModelId)
          : undefined;
        const current = req.intoModelId
          ? await readModelDocument(this.db.manager, req.intoModelId)
          : emptyModelDocument();
        const preview = previewMerge(current, doc);
        return { modelId: req.intoModelId ?? null, preview: { ...preview, basis }, summary: null };
      }
      const result = await this.db.transaction(async (em) => {
        let current = emptyModelDocument();
        if (req.intoModelId) {
          const basis = await lockModelRows(em, req.intoModelId);
          if (req.basis !== undefined && basis !== req.basis)
            throw changedSincePreview(req.intoModelId);
          current = await readModelDocument(em, req.intoModelId);
        }
        const preview = previewMerge(current, doc);
        const modelId = req.intoModelId ?? (await this.createModel(em, req, doc));
        const summary = await writeModelDocument(em, doc, {
          modelId,
          userId: req.userId,
          merge: !!req.intoModelId,
          onProgress: (done, total) => progress('write', done, total),
        });
        await this.recordImport(em, req, modelId, summary, preview);
        return { modelId, summary, preview };
      });
      return result;
    } finally {
      if (req.deleteFile) await rm(req.filePath, { force: true });
    }
  }

  /**
   * A new model from an exchange file, stored while the file is read (StreamingModelWriter):
   * the transaction opens first, and any refusal rolls back whatever went out.
   */
  private async importNewModel(req: ImportRequest, progress: ProgressFn): Promise<ImportOutcome> {
    return this.db.transaction(async (em) => {
      const modelId = await this.createModel(em, req, emptyModelDocument());
      const writer = await StreamingModelWriter.open(em, { modelId, userId: req.userId });
      let doc: ModelDocument;
      let preview: ImportPreview;
      let summary: WriteSummary;
      try {
        doc = await readImportFile(req.filePath, req.format, {
          maxBytes: req.maxBytes,
          // With a writer the rows are stored as they are read.
          onProgress: (done, total) => progress(writer ? 'store' : 'parse', done, total),
          sink: writer,
          retain: !writer,
          beforeParse: async () => writer?.useFolderHints(await readFolderHints(req.filePath)),
        });
        if (writer) {
          writer.send();
          progress('write', 0, 1);
          // The writer gathered the preview while it stored the rows.
          const written = await writer.finish(doc);
          summary = written.summary;
          preview = written.preview;
          if (written.refiled)
            this.log.warn(
              `import ${modelId}: ${written.refiled} rows refiled (folder hints differed)`,
            );
        } else {
          progress('preview', 0, 1);
          preview = previewMerge(emptyModelDocument(), doc);
          progress('write', 0, 1);
          summary = await writeModelDocument(em, doc, {
            modelId,
            userId: req.userId,
            onProgress: (done, total) => progress('write', done, total),
          });
        }
      } catch (error) {
        // Nothing more may reach the connection before the transaction rolls back.
        await writer?.abort();
        throw error;
      }
      await em.query(
        `UPDATE model SET identifier = $2, name = $3, documentation = $4, properties = $5, metadata = $6
          WHERE id = $1`,
        [
          modelId,
          doc.id ?? null,
          this.modelName(req, doc),
          doc.documentation,
          JSON.stringify(doc.properties),
          doc.metadata ?? {},
        ],
      );
      await this.recordImport(em, req, modelId, summary, preview);
      return { modelId, preview, summary };
    });
  }

  private modelName(req: ImportRequest, doc: ModelDocument): LangMap {
    if (req.newModelName) return { fi: req.newModelName };
    if (Object.keys(doc.name).length) return doc.name;
    return { fi: req.fileName ?? 'Tuotu malli' };
  }

  private async createModel(em: EntityManager, req: ImportRequest, doc: ModelDocument) {
    const [row] = await em.query(
      `INSERT INTO model (organization_id, identifier, name, documentation, kind, state, visibility, created_by, updated_by)
       VALUES ($1,$2,$3,$4,'enterprise','current','private',$5,$5) RETURNING id`,
      [req.organizationId, doc.id ?? null, this.modelName(req, doc), doc.documentation, req.userId],
    );
    return row.id as string;
  }

  private recordImport(
    em: EntityManager,
    req: ImportRequest,
    modelId: string,
    summary: WriteSummary,
    preview: ImportPreview,
  ) {
    return this.audit.record(em, {
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
