import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { CONFIG } from '../app.tokens';
import { notFound, validation } from '../common/domain-error';
import { HttpContextFactory } from '../common/http-context';
import { saveUpload } from '../common/uploads';
import type { KartastoConfig } from '../config/kartasto-config';
import { ImportService } from './import.service';
import { isBasis } from './model-basis';
import { sniffFormat, type ImportFormat } from './read-import-file';
import { isUuid } from '../common/ids';

/**
 * POST /api/imports?into=MODEL_ID | organizationId=ORG&name=NAME, &mode=preview|apply,
 * &basis=BASIS (a merge's preview basis: the import refuses if the model changed since),
 * body = the file. Answers 202 with the job; GET /api/imports/:id reports its progress.
 */
@Controller('api/imports')
export class ImportController {
  constructor(
    private readonly http: HttpContextFactory,
    private readonly imports: ImportService,
    private readonly db: DataSource,
    @Inject(CONFIG) private readonly config: KartastoConfig,
  ) {}

  @Post()
  async start(
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query()
    q: {
      into?: string;
      organizationId?: string;
      name?: string;
      mode?: string;
      format?: string;
      fileName?: string;
      basis?: string;
    },
  ) {
    const ctx = await this.http.signedIn(req, reply);
    const mode = q.mode ?? 'preview';
    if (mode !== 'preview' && mode !== 'apply') throw validation('mode must be preview or apply.');
    if (q.format && q.format !== 'exchange' && q.format !== 'csv')
      throw validation('format must be exchange or csv.');
    if (q.basis !== undefined && (!q.into || !isBasis(q.basis)))
      throw validation('basis is the "basis" of a merge preview of the same model (into=…).');
    const organizationId = await this.imports.authorize(ctx, q.into, q.organizationId);
    const maxBytes = this.config.MAX_UPLOAD_MB * 1024 * 1024;
    const filePath = await saveUpload(req, maxBytes);
    const format = (q.format as ImportFormat | undefined) ?? (await sniffFormat(filePath));
    const jobId = await this.imports.start({
      userId: ctx.user!.id,
      organizationId,
      intoModelId: q.into,
      newModelName: q.name,
      mode,
      format,
      filePath,
      fileName: q.fileName,
      maxBytes,
      requestId: ctx.requestId,
      deleteFile: true,
      basis: q.basis,
    });
    return reply.code(202).send({ jobId, status: 'running' });
  }

  @Get(':id')
  async status(@Req() req: FastifyRequest, @Res() reply: FastifyReply, @Param('id') id: string) {
    const ctx = await this.http.signedIn(req, reply);
    const rows = isUuid(id)
      ? await this.db.query(
          `SELECT id, organization_id AS "organizationId", model_id AS "modelId", mode, format, file_name AS "fileName",
                  status, phase, done, total, preview, summary, error, created_at AS "createdAt", finished_at AS "finishedAt"
             FROM import_job WHERE id = $1 AND created_by = $2`,
          [id, ctx.user!.id],
        )
      : [];
    if (!rows.length) throw notFound('Import job', id);
    return reply.send(rows[0]);
  }
}
