import type { FastifyInstance, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from './domain-error';

/** Upload bodies that routes read as a stream (files are never buffered whole in memory). */
export const RAW_UPLOAD_TYPES = [
  'application/octet-stream',
  'application/xml',
  'text/xml',
  'application/zip',
  'application/x-zip-compressed',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export function registerRawUploads(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(RAW_UPLOAD_TYPES, (_req, payload, done) => done(null, payload));
}

/** Streams a raw upload body to a temporary file, refusing it past `maxBytes`; returns the path. */
export async function saveUpload(req: FastifyRequest, maxBytes: number): Promise<string> {
  const body = req.body;
  if (!(body instanceof Readable))
    throw new DomainError(
      'VALIDATION_FAILED',
      `Send the file as the request body (Content-Type one of ${RAW_UPLOAD_TYPES.join(', ')}).`,
    );
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const path = join(tmpdir(), `kartasto-upload-${randomUUID()}`);
  let seen = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      if (seen > maxBytes) cb(tooLarge(maxBytes));
      else cb(null, chunk);
    },
  });
  try {
    await pipeline(body, cap, createWriteStream(path));
  } catch (e) {
    await rm(path, { force: true });
    throw e;
  }
  return path;
}

const tooLarge = (maxBytes: number) =>
  new DomainError(
    'PAYLOAD_TOO_LARGE',
    `The file is larger than the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit.`,
  );
