import {
  isRelationshipAllowed,
  type ModelDocument,
  type RelationshipDoc,
} from '@kartasto/metamodel';
import {
  ExchangeError,
  FolderHintScanner,
  organizationsSection,
  parseArchiCsv,
  parseExchange,
  type ExchangeSink,
} from '@kartasto/exchange';
import { unzipSync } from 'fflate';
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { DomainError } from '../common/domain-error';

export type ImportFormat = 'exchange' | 'csv';

const MAX_ZIP_ENTRIES = 50;
const MAX_CSV_BYTES = 300 * 1024 * 1024;
const MAX_RATIO = 200;

/** Guesses the format from the first bytes: a zip is Archi CSV, anything else exchange XML. */
export async function sniffFormat(path: string): Promise<ImportFormat> {
  const head = Buffer.alloc(4);
  const fd = await open(path, 'r');
  try {
    await fd.read(head, 0, 4, 0);
  } finally {
    await fd.close();
  }
  return head[0] === 0x50 && head[1] === 0x4b ? 'csv' : 'exchange';
}

/** Reads the three Archi CSV files from a zip, checking declared sizes before inflating any. */
export async function readCsvZip(path: string): Promise<ModelDocument> {
  const zipped = await readFile(path);
  let entries = 0;
  let declared = 0;
  const wanted = /(^|\/)[^/]*(elements|relations|properties)\.csv$/i;
  const files = unzipSync(new Uint8Array(zipped), {
    filter: (f) => {
      entries++;
      if (entries > MAX_ZIP_ENTRIES)
        throw new DomainError(
          'IMPORT_FAILED',
          `The zip has more than ${MAX_ZIP_ENTRIES} entries; expected Archi's three CSV files.`,
        );
      if (!wanted.test(f.name)) return false;
      declared += f.originalSize;
      if (declared > MAX_CSV_BYTES || f.originalSize > Math.max(1, f.size) * MAX_RATIO)
        throw new DomainError(
          'IMPORT_FAILED',
          `The zip entry ${f.name} inflates too much to be a CSV export; refused.`,
        );
      return true;
    },
  });
  const pick = (kind: string) => {
    const name = Object.keys(files).find((n) => n.toLowerCase().endsWith(`${kind}.csv`));
    return name ? Buffer.from(files[name]) : undefined;
  };
  const elements = pick('elements');
  if (!elements)
    throw new DomainError(
      'IMPORT_FAILED',
      'The zip has no elements.csv (Archi CSV export expected).',
    );
  return parseArchiCsv({ elements, relations: pick('relations'), properties: pick('properties') });
}

const TAIL_BYTES = 4096;
/** An exchange file starts its root as <model …> (perhaps prefixed) … */
const ROOT_START = /<(?:[A-Za-z_][\w.-]*:)?model[\s>/]/;
/** … and ends with its end tag, then nothing but space, comments and processing instructions. */
const ROOT_END =
  /(?:<\/(?:[A-Za-z_][\w.-]*:)?model\s*>|<(?:[A-Za-z_][\w.-]*:)?model\b[^<]*\/>)(?:\s|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*$/;

async function countLines(path: string): Promise<number> {
  let lines = 1;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines;
}

/**
 * A file cut off while being saved or uploaded lacks the root's end tag. Looking at its last
 * bytes refuses it at once, instead of after parsing (and rolling back) everything before the cut.
 * Only files that start as an exchange model in an ASCII-compatible encoding are judged here;
 * the parser sees everything else.
 */
async function refuseIfCutOff(path: string, size: number): Promise<void> {
  if (size === 0) return;
  const fd = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(TAIL_BYTES, size));
    await fd.read(head, 0, head.length, 0);
    const utf16 =
      (head[0] === 0xff && head[1] === 0xfe) ||
      (head[0] === 0xfe && head[1] === 0xff) ||
      head.includes(0);
    if (utf16 || !ROOT_START.test(head.toString('latin1'))) return;
    const tail = Buffer.alloc(Math.min(TAIL_BYTES, size));
    await fd.read(tail, 0, tail.length, size - tail.length);
    if (ROOT_END.test(tail.toString('latin1'))) return;
  } finally {
    await fd.close();
  }
  const line = await countLines(path);
  throw new ExchangeError(
    'TRUNCATED',
    `Line ${line}: the file ends too early, before the closing </model> tag. It was probably cut off while being saved, copied or uploaded.`,
    { line },
  );
}

/** Which folder each concept of an exchange file is filed in, from its <organizations> alone. */
export async function readFolderHints(path: string): Promise<Map<string, number>> {
  const file = await open(path, 'r');
  let section: string | undefined;
  try {
    section = await organizationsSection(
      async (into, at, length) => (await file.read(into, at, length, null)).bytesRead,
    );
  } finally {
    await file.close();
  }
  if (!section) return new Map();
  // In steps, letting other requests in between: a very large model's section takes a while.
  const scanner = new FolderHintScanner(section);
  for (let at = HINT_SLICE; at < section.length; at += HINT_SLICE) {
    if (!scanner.scan(at)) break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return scanner.close() ?? new Map();
}

const HINT_SLICE = 1 << 20;

/** Parses an uploaded file; every refusal becomes IMPORT_FAILED naming line and identifier. */
export async function readImportFile(
  path: string,
  format: ImportFormat,
  opts: {
    maxBytes: number;
    onProgress?: (done: number, total: number) => void;
    /** Gets an exchange file's contents while it is read (see ExchangeSink). */
    sink?: ExchangeSink;
    /** With a sink: false keeps elements, relationships and views out of the document. */
    retain?: boolean;
    /** Runs once the file has passed the quick checks (size, cut off), before it is parsed. */
    beforeParse?: () => Promise<void>;
  },
): Promise<ModelDocument> {
  const size = (await stat(path)).size;
  if (size > opts.maxBytes)
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `The file is ${(size / 1e6).toFixed(1)} MB; the limit is ${(opts.maxBytes / 1e6).toFixed(0)} MB.`,
    );
  try {
    if (format === 'exchange') await refuseIfCutOff(path, size);
    await opts.beforeParse?.();
    const doc =
      format === 'csv'
        ? await readCsvZip(path)
        : await parseExchange(createReadStream(path), {
            maxBytes: opts.maxBytes,
            onProgress: (bytes) => opts.onProgress?.(bytes, size),
            sink: opts.sink,
            retain: opts.retain,
          });
    return doc;
  } catch (e) {
    if (e instanceof ExchangeError)
      throw new DomainError('IMPORT_FAILED', e.message, {
        reason: e.code,
        line: e.line,
        column: e.column,
        identifier: e.identifier,
      });
    throw e;
  }
}

export interface RuleViolation {
  identifier: string;
  message: string;
}

/**
 * Relationships the ArchiMate table does not allow. Files from other tools sometimes hold
 * them; the import keeps them (lossless) and reports each one, so the architect can fix them
 * in Kartasto, where every new edit is checked.
 */
export function relationshipRuleViolations(doc: ModelDocument): RuleViolation[] {
  const typeOf = new Map<string, string>(doc.elements.map((e) => [e.id, e.type]));
  for (const r of doc.relationships) typeOf.set(r.id, 'Relationship');
  const out: RuleViolation[] = [];
  for (const r of doc.relationships) {
    const violation = ruleViolation(r, typeOf.get(r.sourceId), typeOf.get(r.targetId));
    if (violation) out.push(violation);
  }
  return out;
}

/** The violation of one relationship whose ends have these types ('Relationship' for one). */
export function ruleViolation(
  r: RelationshipDoc,
  source: string | undefined,
  target: string | undefined,
): RuleViolation | undefined {
  if (!source || !target || isRelationshipAllowed(r.type, source, target)) return undefined;
  return {
    identifier: r.id,
    message: `${r.type} from ${source} (${r.sourceId}) to ${target} (${r.targetId}) is not allowed by ArchiMate 3.2.`,
  };
}
