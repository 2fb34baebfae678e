/** Stable error codes: the API and the UI switch on these, so never rename one. */
export type ExchangeErrorCode =
  | 'DOCTYPE_FORBIDDEN'
  | 'TOO_DEEP'
  | 'TOO_LARGE'
  | 'INVALID_UTF8'
  | 'UNSUPPORTED_ENCODING'
  | 'TRUNCATED'
  | 'MALFORMED_XML'
  | 'NOT_EXCHANGE_FORMAT'
  | 'UNSUPPORTED_VERSION'
  | 'DUPLICATE_ID'
  | 'MISSING_REFERENCE'
  | 'WRONG_REFERENCE_KIND'
  | 'INVALID_ID'
  | 'MISSING_ATTRIBUTE'
  | 'INVALID_VALUE'
  | 'UNKNOWN_TYPE'
  | 'UNEXPECTED_ELEMENT'
  | 'CSV_MALFORMED'
  | 'CSV_MISSING_COLUMN';

export interface ExchangeErrorInit {
  line?: number;
  column?: number;
  identifier?: string;
}

/**
 * Why a file was refused. The message is meant for the architect who picked the file: it names
 * the line and the offending identifier. Import never returns a half-read model.
 */
export class ExchangeError extends Error {
  readonly code: ExchangeErrorCode;
  readonly line?: number;
  readonly column?: number;
  readonly identifier?: string;

  constructor(code: ExchangeErrorCode, message: string, init: ExchangeErrorInit = {}) {
    super(message);
    this.name = 'ExchangeError';
    this.code = code;
    this.line = init.line;
    this.column = init.column;
    this.identifier = init.identifier;
  }
}

export function isExchangeError(error: unknown): error is ExchangeError {
  return error instanceof ExchangeError;
}
