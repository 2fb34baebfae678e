import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AuthService, SESSION_COOKIE } from '../auth/auth.service';
import { DomainError } from './domain-error';
import { createLoaders } from './loaders';
import type { RequestContext } from './request-context';

/**
 * The same RequestContext GraphQL resolvers get, for plain HTTP routes (downloads, uploads):
 * deny by default, so every file route is guarded exactly like GraphQL.
 */
@Injectable()
export class HttpContextFactory {
  constructor(
    private readonly auth: AuthService,
    private readonly db: DataSource,
  ) {}

  async signedIn(req: FastifyRequest, reply: FastifyReply): Promise<RequestContext> {
    const user = await this.auth.userForToken(req.cookies?.[SESSION_COOKIE]);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
    return { req, reply, requestId: String(req.id), user, loaders: createLoaders(this.db) };
  }
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION_FAILED: 400,
  IMPORT_FAILED: 422,
  PAYLOAD_TOO_LARGE: 413,
  RELATIONSHIP_NOT_ALLOWED: 422,
};

/** JSON error body for HTTP routes, same codes as GraphQL. */
export function sendHttpError(reply: FastifyReply, error: unknown): FastifyReply {
  const requestId = String(reply.request.id);
  if (error instanceof DomainError) {
    // A refused upload body is left unread: close the connection rather than reuse it.
    if (error.code === 'PAYLOAD_TOO_LARGE') reply.header('connection', 'close');
    return reply
      .code(STATUS[error.code] ?? 400)
      .send({ code: error.code, message: error.message, requestId, ...error.details });
  }
  reply.log.error({ err: error, requestId }, 'unexpected error');
  return reply
    .code(500)
    .send({
      code: 'INTERNAL',
      message: 'Something went wrong on the server. Quote the request id when reporting it.',
      requestId,
    });
}
