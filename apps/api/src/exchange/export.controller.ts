import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { notFound, validation } from '../common/domain-error';
import { HttpContextFactory } from '../common/http-context';
import { ModelAccessService } from '../models/model-access.service';
import { ExportService, fileSlug } from './export.service';
import { isUuid } from '../common/ids';

/** File downloads, guarded like GraphQL: GET /api/models/:id/export, GET /api/views/:id/export. */
@Controller('api')
export class ExportController {
  constructor(
    private readonly http: HttpContextFactory,
    private readonly access: ModelAccessService,
    private readonly exports: ExportService,
    private readonly db: DataSource,
  ) {}

  @Get('models/:id/export')
  async model(
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('id') id: string,
    @Query('format') format = 'exchange',
  ) {
    const ctx = await this.http.signedIn(req, reply);
    const model = await this.access.readable(ctx, id);
    if (format !== 'exchange' && format !== 'csv')
      throw validation('format must be exchange or csv.');
    const doc = await this.exports.read(model.id);
    const name = fileSlug(model.name);
    if (format === 'csv') {
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${name}-csv.zip"`)
        .send(this.exports.csvZip(doc));
    }
    return reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}.xml"`)
      .send(Readable.from(this.exports.exchange(doc)));
  }

  @Get('views/:id/export')
  async view(@Req() req: FastifyRequest, @Res() reply: FastifyReply, @Param('id') id: string) {
    const ctx = await this.http.signedIn(req, reply);
    const rows = isUuid(id)
      ? await this.db.query(
          'SELECT model_id, identifier, name FROM view WHERE id = $1 AND deleted_at IS NULL',
          [id],
        )
      : [];
    if (!rows.length) throw notFound('View', id);
    await this.access.readable(ctx, rows[0].model_id);
    const doc = await this.exports.read(rows[0].model_id, [id]);
    return reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileSlug(rows[0].name)}.xml"`)
      .send(Readable.from(this.exports.exchange(doc, [rows[0].identifier])));
  }
}
