import { validation } from './domain-error';

/** Opaque keyset cursor over (sort key, id). */
export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string')
      return [v[0], v[1]];
  } catch {
    // fall through to the error below
  }
  throw validation('The page cursor is not valid; start again from the first page.');
}

export const MAX_PAGE = 500;
