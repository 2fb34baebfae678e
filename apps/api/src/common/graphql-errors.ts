import { Logger } from '@nestjs/common';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { DomainError } from './domain-error';

const log = new Logger('GraphQL');

function originalOf(error: GraphQLError): unknown {
  let e: unknown = error;
  while (e instanceof GraphQLError && e.originalError) e = e.originalError;
  return e;
}

/**
 * The one place errors become what a client sees: a stable code, a plain message and the
 * request id. SQL, stack traces and connection strings stay in the log under that id.
 */
export function formatGraphQLErrors(
  errors: readonly GraphQLError[],
  requestId: string,
): GraphQLError[] {
  // Mercurius wraps validation errors in one error whose originalError.errors holds them.
  const flat = errors.flatMap((e) => {
    const inner = (e.originalError as { errors?: unknown } | undefined)?.errors;
    return Array.isArray(inner) ? (inner as GraphQLError[]) : [e];
  });
  return flat.map((error) => {
    const original = originalOf(error);
    if (original instanceof DomainError) {
      return new GraphQLError(original.message, {
        path: error.path,
        extensions: { code: original.code, requestId, ...original.details },
      });
    }
    if (!(error instanceof GraphQLError) || !error.originalError) {
      // Parse and validation errors: the query itself is wrong. Drop schema hints.
      return new GraphQLError(error.message.replace(/ Did you mean .*\?$/, ''), {
        nodes: (error as GraphQLError).nodes,
        extensions: { code: 'BAD_REQUEST', requestId },
      });
    }
    log.error(`[${requestId}] ${String((original as Error)?.stack ?? original)}`);
    return new GraphQLError(
      'Something went wrong on the server. Quote the request id when reporting it.',
      {
        path: error.path,
        extensions: { code: 'INTERNAL', requestId },
      },
    );
  });
}

export function formatExecution(execution: ExecutionResult, requestId: string) {
  return {
    statusCode: 200,
    response: {
      data: execution.data ?? null,
      errors: formatGraphQLErrors(execution.errors ?? [], requestId),
    },
  };
}
