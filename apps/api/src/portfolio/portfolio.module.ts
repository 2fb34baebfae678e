import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { PortfolioController } from './portfolio.controller';
import { PortfolioResolver } from './portfolio.resolver';
import { PortfolioService } from './portfolio.service';
import { XLSX_LIMITS } from './xlsx-reader';

export const UPLOAD_TYPES = [
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
];

@Module({
  providers: [PortfolioService, PortfolioResolver],
  controllers: [PortfolioController],
  exports: [PortfolioService],
})
export class PortfolioModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Uploads arrive as a raw body, capped in size before any parsing. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify?.addContentTypeParser) return;
    for (const type of UPLOAD_TYPES)
      if (!fastify.hasContentTypeParser(type))
        fastify.addContentTypeParser(
          type,
          { parseAs: 'buffer', bodyLimit: XLSX_LIMITS.maxFileBytes },
          (_req, body, done) => done(null, body),
        );
  }
}
