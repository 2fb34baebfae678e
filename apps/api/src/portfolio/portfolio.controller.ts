import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { DomainError, validation } from '../common/domain-error';
import { HttpContextFactory, sendHttpError } from '../common/http-context';
import { PORTFOLIO_LANGS, type PortfolioLang } from './portfolio-attributes';
import type { PortfolioFilterSpec, PortfolioSortSpec } from './portfolio-filter';
import { PortfolioService } from './portfolio.service';
import { XLSX_LIMITS } from './xlsx-reader';

type QueryString = Record<string, string | undefined>;

/** Reads the table's filter from a query string: q, spec, legal=missing, filter=<JSON>, sort=name,-criticality. */
export function filterFromQuery(q: QueryString): {
  filter: PortfolioFilterSpec;
  sort: PortfolioSortSpec[];
} {
  let filter: PortfolioFilterSpec = {};
  if (q.filter) {
    try {
      filter = JSON.parse(q.filter) as PortfolioFilterSpec;
    } catch {
      throw validation('The filter parameter is not valid JSON.');
    }
    if (!filter || typeof filter !== 'object' || Array.isArray(filter))
      throw validation('The filter parameter must be a JSON object.');
  }
  if (q.q) filter.text = q.q;
  if (q.spec) filter.specialization = q.spec;
  if (q.legal === 'missing') filter.legalMissingOnly = true;
  const sort = (q.sort ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.startsWith('-') ? { key: s.slice(1), desc: true } : { key: s }));
  return { filter, sort };
}

const langOf = (q: QueryString, req: FastifyRequest): PortfolioLang => {
  if (q.lang && (PORTFOLIO_LANGS as string[]).includes(q.lang)) return q.lang as PortfolioLang;
  const accept = String(req.headers['accept-language'] ?? '').slice(0, 2);
  return (PORTFOLIO_LANGS as string[]).includes(accept) ? (accept as PortfolioLang) : 'fi';
};

/** The raw upload body (a stream or, without the shared stream parser, a buffer), capped in size. */
async function readBody(body: unknown, maxBytes: number): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  if (!(body instanceof Readable))
    throw new DomainError(
      'IMPORT_FAILED',
      'Send the file as the request body (application/octet-stream, XLSX or text/csv).',
    );
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body.destroy();
      throw new DomainError(
        'PAYLOAD_TOO_LARGE',
        `The file is larger than ${maxBytes / 1024 / 1024} MiB.`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Portfolio downloads and uploads, guarded exactly like GraphQL. */
@Controller('api/models/:modelId')
export class PortfolioController {
  constructor(
    private readonly contexts: HttpContextFactory,
    private readonly portfolio: PortfolioService,
  ) {}

  @Get('portfolio.xlsx')
  xlsx(
    @Param('modelId') modelId: string,
    @Query() q: QueryString,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.download('xlsx', modelId, q, req, reply);
  }

  @Get('portfolio.csv')
  csv(
    @Param('modelId') modelId: string,
    @Query() q: QueryString,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.download('csv', modelId, q, req, reply);
  }

  private async download(
    format: 'xlsx' | 'csv',
    modelId: string,
    q: QueryString,
    req: FastifyRequest,
    reply: FastifyReply,
  ) {
    try {
      const ctx = await this.contexts.signedIn(req, reply);
      const { filter, sort } = filterFromQuery(q);
      const file = await this.portfolio.exportFile(
        ctx,
        modelId,
        format,
        langOf(q, req),
        filter,
        sort,
      );
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', file.contentType)
        .header(
          'content-disposition',
          `attachment; filename="portfolio-${stamp}.${file.extension}"`,
        )
        .header('cache-control', 'no-store')
        .header('x-portfolio-rows', String(file.rowCount))
        .send(file.body);
    } catch (e) {
      return sendHttpError(reply, e);
    }
  }

  /**
   * The file is the raw request body (application/octet-stream, the XLSX type or text/csv).
   * Preview answers 200 with the report; apply answers 200 when written, 422 with the report
   * (and nothing written) when any row has a problem.
   */
  @Post('portfolio/import')
  async import(
    @Param('modelId') modelId: string,
    @Query() q: QueryString,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    try {
      const ctx = await this.contexts.signedIn(req, reply);
      const mode =
        q.mode === 'apply' ? 'apply' : q.mode === 'preview' || !q.mode ? 'preview' : null;
      if (!mode) throw validation('mode is preview or apply.');
      const body = await readBody(req.body, XLSX_LIMITS.maxFileBytes);
      const report = await this.portfolio.importFile(ctx, modelId, body, mode);
      return reply.code(mode === 'apply' && !report.applied ? 422 : 200).send(report);
    } catch (e) {
      return sendHttpError(reply, e);
    }
  }
}
