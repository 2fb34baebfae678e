import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { registerRawUploads } from './common/uploads';
import { KartastoConfig } from './config/kartasto-config';

/** Builds the HTTP application on an open, migrated DataSource; used by main and by tests. */
export async function createApp(
  config: KartastoConfig,
  dataSource: DataSource,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    genReqId: () => randomUUID(),
    bodyLimit: 4 * 1024 * 1024,
    trustProxy: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, dataSource),
    adapter,
    {
      logger: nestLogLevels(config.LOG_LEVEL),
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  fastify.decorate('kartastoCookieSecure', config.COOKIE_SECURE);
  await app.register(fastifyCookie);
  registerRawUploads(fastify);
  const webRoot = resolve(config.WEB_DIST_DIR);
  if (!config.WEB_DIST_DIR) {
    // API only, as asked.
  } else if (existsSync(resolve(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: false,
      index: 'index.html',
    });
    // The web app routes on the client: any other GET outside the API gets index.html.
    fastify.get('/*', (req, reply) => {
      const path = req.url.split('?')[0];
      if (/^\/(api|graphql|assets)(\/|$)/.test(path))
        return reply.code(404).send({ code: 'NOT_FOUND', message: `No route GET ${path}` });
      return reply.type('text/html').sendFile('index.html');
    });
  } else {
    new Logger('Kartasto').warn(`No built web app in ${webRoot}: serving the API only.`);
  }
  return app;
}

function nestLogLevels(level: KartastoConfig['LOG_LEVEL']): LogLevel[] {
  const order: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug'];
  const upTo = { fatal: 0, error: 1, warn: 2, info: 3, debug: 4 }[level];
  return order.slice(0, upTo + 1);
}
