import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { DomainError } from './domain-error';
import { sendHttpError } from './http-context';

/**
 * GraphQL: hands every resolver error on unchanged; formatGraphQLErrors decides what the client
 * sees. HTTP routes: the same codes as a JSON body with the request id.
 */
@Catch()
export class ErrorsFilter implements GqlExceptionFilter {
  catch(error: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return error;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (error instanceof HttpException && !(error instanceof DomainError)) {
      const status = error.getStatus();
      return reply.code(status).send({
        code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST',
        message: error.message,
        requestId: String(reply.request.id),
      });
    }
    return sendHttpError(reply, error);
  }
}
