/** Stable codes clients can rely on; every expected failure carries one. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RELATIONSHIP_NOT_ALLOWED'
  | 'VALIDATION_FAILED'
  | 'INVALID_CREDENTIALS'
  | 'IMPORT_FAILED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL';

/** An expected business failure; mapped to a GraphQL error with `extensions.code` in one place. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: string) =>
  new DomainError('NOT_FOUND', `${what} ${id} was not found or you may not see it.`, { id });

export const conflict = (what: string, id: string, expected: number, actual?: number) =>
  new DomainError(
    'CONFLICT',
    `${what} was changed by someone else since you opened it (you had version ${expected}` +
      (actual !== undefined ? `, it is now ${actual}` : '') +
      '). Reload to see their change, then apply yours again.',
    { id, expectedVersion: expected, actualVersion: actual },
  );

export const forbidden = (message = 'You do not have the rights to do this.') =>
  new DomainError('FORBIDDEN', message);

export const validation = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('VALIDATION_FAILED', message, details);
