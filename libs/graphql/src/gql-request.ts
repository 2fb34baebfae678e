import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

/** The error codes the Kartasto API puts in `extensions.code`. */
export type GqlErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RELATIONSHIP_NOT_ALLOWED'
  | 'VALIDATION_FAILED'
  | 'INVALID_CREDENTIALS'
  | 'BAD_REQUEST'
  | 'NETWORK'
  | 'INTERNAL'
  | (string & {});

interface RawError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** A failed GraphQL request: the first error's code and message, with every error kept. */
export class GqlError extends Error {
  readonly code: GqlErrorCode;
  readonly extensions: Record<string, unknown>;
  readonly errors: readonly RawError[];

  constructor(errors: readonly RawError[]) {
    super(errors[0]?.message ?? 'Request failed');
    this.name = 'GqlError';
    this.errors = errors;
    this.extensions = errors[0]?.extensions ?? {};
    this.code = typeof this.extensions.code === 'string' ? this.extensions.code : 'INTERNAL';
  }
}

export function isGqlError(error: unknown, code?: GqlErrorCode): error is GqlError {
  return error instanceof GqlError && (code === undefined || error.code === code);
}

// Printing is cheap but documents are module constants: print each once.
const printed = new WeakMap<DocumentNode, string>();
function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** POSTs one typed operation to the same-origin /graphql with the session cookie. */
export async function gqlRequest<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: queryText(document), variables: variables ?? {} }),
    });
  } catch (cause) {
    throw new GqlError([{ message: String(cause), extensions: { code: 'NETWORK' } }]);
  }
  let body: { data?: TResult | null; errors?: RawError[] };
  try {
    body = await response.json();
  } catch {
    throw new GqlError([{ message: `HTTP ${response.status}`, extensions: { code: 'INTERNAL' } }]);
  }
  if (body.errors?.length) throw new GqlError(body.errors);
  if (!body.data)
    throw new GqlError([{ message: 'Empty response', extensions: { code: 'INTERNAL' } }]);
  return body.data;
}
