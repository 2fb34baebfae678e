import { SaxesParser } from 'saxes';
import { inflateRawSync } from 'node:zlib';
import { DomainError } from '../common/domain-error';

/**
 * A small, defensive XLSX reader for the portfolio import. The zip's central directory is
 * read and checked (entry count, declared sizes, compression ratio) BEFORE anything is
 * inflated, and every inflation is capped at the size the entry declared, so a zip bomb is
 * refused in milliseconds instead of filling memory. Only the workbook, its relationships,
 * the shared strings and the wanted worksheets are inflated; XML with a DOCTYPE is refused.
 */

export const XLSX_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 2_000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 400 * 1024 * 1024,
  /** Highest uncompressed/compressed ratio accepted for entries over 1 MiB. */
  maxRatio: 150,
};

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const refuse = (message: string) => new DomainError('IMPORT_FAILED', message);

/** Reads and checks the central directory; inflates nothing. */
export function readZipDirectory(buf: Buffer, limits = XLSX_LIMITS): Map<string, ZipEntry> {
  if (buf.length > limits.maxFileBytes)
    throw refuse(`The file is larger than ${limits.maxFileBytes / 1024 / 1024} MiB.`);
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50)
    throw refuse('The file is not an XLSX workbook (not a zip archive).');
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw refuse('The XLSX file is damaged: its zip directory is missing.');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff)
    throw refuse('ZIP64 workbooks are not accepted; save the file again in Excel.');
  if (count > limits.maxEntries)
    throw refuse(`The XLSX file has ${count} entries; at most ${limits.maxEntries} are accepted.`);
  if (cdOffset + cdSize > eocd)
    throw refuse('The XLSX file is damaged: its zip directory points outside the file.');
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50)
      throw refuse('The XLSX file is damaged: bad zip directory entry.');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (size > limits.maxEntryBytes)
      throw refuse(`The XLSX entry ${name} would inflate to ${size} bytes; refused.`);
    if (size > 1024 * 1024 && size / Math.max(compressedSize, 1) > limits.maxRatio)
      throw refuse(
        `The XLSX entry ${name} is compressed ${Math.round(size / Math.max(compressedSize, 1))}:1, which looks like a zip bomb; refused.`,
      );
    total += size;
    if (total > limits.maxTotalBytes)
      throw refuse('The XLSX file would inflate to more than the accepted total size; refused.');
    if (localOffset + 30 > buf.length)
      throw refuse('The XLSX file is damaged: an entry points outside the file.');
    entries.set(name, { name, method, compressedSize, size, localOffset });
  }
  return entries;
}

function inflateEntry(buf: Buffer, e: ZipEntry): Buffer {
  const p = e.localOffset;
  if (buf.readUInt32LE(p) !== 0x04034b50)
    throw refuse(`The XLSX file is damaged at entry ${e.name}.`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (e.compressedSize !== e.size)
      throw refuse(`The XLSX entry ${e.name} has inconsistent sizes.`);
    return data;
  }
  if (e.method !== 8)
    throw refuse(`The XLSX entry ${e.name} uses an unsupported compression method.`);
  try {
    // The cap is the declared size: an entry that lies about its size stops here.
    return inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) });
  } catch {
    throw refuse(
      `The XLSX entry ${e.name} inflates to more than it declares or is damaged; refused.`,
    );
  }
}

function xmlText(buf: Buffer, name: string): string {
  const text = buf.toString('utf8');
  if (/<!DOCTYPE/i.test(text.slice(0, 2048)) || /<!ENTITY/i.test(text))
    throw refuse(`The XLSX entry ${name} declares a DOCTYPE; refused.`);
  return text;
}

function parseXml(
  text: string,
  onOpen: (name: string, attrs: Record<string, string>) => void,
  onClose: (name: string) => void,
  onText: (t: string) => void,
) {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => onOpen(tag.name, tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => onClose(tag.name));
  parser.on('text', onText);
  parser.on('error', (e) => {
    throw refuse(`The XLSX file has malformed XML: ${e.message}`);
  });
  parser.write(text).close();
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

export type XlsxCell = string | number | boolean | null;

export interface XlsxSheet {
  name: string;
  /** Rows by 1-based row number; each a sparse array of cells by 0-based column. */
  rows: { row: number; cells: XlsxCell[] }[];
}

export function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let skip = 0;
  let cur = '';
  parseXml(
    xml,
    (n) => {
      const l = local(n);
      if (l === 'si') {
        inSi = true;
        cur = '';
      } else if (l === 'rPh') skip++;
      else if (l === 't' && inSi && !skip) inT = true;
    },
    (n) => {
      const l = local(n);
      if (l === 'si') {
        out.push(unescapeExcel(cur));
        inSi = false;
      } else if (l === 'rPh') skip--;
      else if (l === 't') inT = false;
    },
    (t) => {
      if (inT) cur += t;
    },
  );
  return out;
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.indexOf('&') < 0
    ? s
    : s.replace(ENTITY, (_, n: string, d: string, h: string) =>
        n ? NAMED[n] : String.fromCodePoint(d ? Number(d) : parseInt(h, 16)),
      );
/** Excel writes control characters as _xHHHH_. */
const unescapeExcel = (s: string) =>
  s.indexOf('_x') < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

const ATTR: Record<'r' | 't', RegExp> = {
  r: /(?:^|\s)r=(["'])(.*?)\1/,
  t: /(?:^|\s)t=(["'])(.*?)\1/,
};
const attr = (attrs: string, name: 'r' | 't'): string | undefined => ATTR[name].exec(attrs)?.[2];

const TOKENS =
  /<(?:\w+:)?row\b([^>]*?)\/?>|<\/(?:\w+:)?row>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const V = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/;
const T = /<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;

/**
 * Rows of a worksheet. Worksheet XML is regular (rows of cells), so a scanner reads it several
 * times faster than a general XML parser; a sheet with CDATA goes through saxes instead.
 */
function sheetRows(xml: string, strings: string[]): { row: number; cells: XlsxCell[] }[] {
  if (xml.includes('<![CDATA[')) return sheetRowsSax(xml, strings);
  const start = xml.search(/<(?:\w+:)?sheetData\b/);
  const rows: { row: number; cells: XlsxCell[] }[] = [];
  if (start < 0) return rows;
  let current: { row: number; cells: XlsxCell[] } | null = null;
  let nextRow = 1;
  let nextCol = 0;
  TOKENS.lastIndex = start;
  for (let m = TOKENS.exec(xml); m; m = TOKENS.exec(xml)) {
    if (m[0].charCodeAt(1) === 47 /* / */) {
      if (current) rows.push(current);
      current = null;
    } else if (m[1] !== undefined) {
      if (current) rows.push(current);
      const r = attr(m[1], 'r');
      current = { row: r ? Number(r) : nextRow, cells: [] };
      nextRow = current.row + 1;
      nextCol = 0;
      if (m[0].endsWith('/>')) {
        rows.push(current);
        current = null;
      }
    } else if (current) {
      const ref = attr(m[2], 'r');
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const type = attr(m[2], 't') ?? 'n';
      const body = m[3] ?? '';
      let value: XlsxCell = null;
      if (type === 'inlineStr') {
        let text = '';
        for (const t of body.replace(PHONETIC, '').matchAll(T)) text += t[1];
        value = unescapeExcel(decode(text));
      } else {
        const v = V.exec(body);
        const text = v ? decode(v[1]) : '';
        if (type === 's') value = strings[Number(text)] ?? '';
        else if (type === 'str') value = unescapeExcel(text);
        else if (type === 'b') value = text === '1';
        else if (type !== 'e' && text !== '') value = Number(text);
      }
      if (value !== null && value !== '' && col >= 0) current.cells[col] = value;
    }
  }
  if (current) rows.push(current);
  return rows;
}

function sheetRowsSax(xml: string, strings: string[]): { row: number; cells: XlsxCell[] }[] {
  const rows: { row: number; cells: XlsxCell[] }[] = [];
  let current: { row: number; cells: XlsxCell[] } | null = null;
  let col = -1;
  let type = 'n';
  let inV = false;
  let inT = false;
  let text = '';
  let nextRow = 1;
  let nextCol = 0;
  parseXml(
    xml,
    (n, attrs) => {
      switch (local(n)) {
        case 'row': {
          const r = attrs.r ? Number(attrs.r) : nextRow;
          current = { row: r, cells: [] };
          nextRow = r + 1;
          nextCol = 0;
          break;
        }
        case 'c':
          col = attrs.r ? columnIndex(attrs.r) : nextCol;
          nextCol = col + 1;
          type = attrs.t ?? 'n';
          text = '';
          break;
        case 'v':
          inV = true;
          break;
        case 't':
          inT = true;
          break;
      }
    },
    (n) => {
      switch (local(n)) {
        case 'row':
          if (current) rows.push(current);
          current = null;
          break;
        case 'c': {
          if (!current || col < 0) break;
          let value: XlsxCell = null;
          if (type === 's') value = strings[Number(text)] ?? '';
          else if (type === 'inlineStr' || type === 'str') value = text;
          else if (type === 'b') value = text === '1';
          else if (type === 'e') value = null;
          else if (text !== '') value = Number(text);
          if (value !== null && value !== '') current.cells[col] = value;
          break;
        }
        case 'v':
          inV = false;
          break;
        case 't':
          inT = false;
          break;
      }
    },
    (t) => {
      if (inV || inT) text += t;
    },
  );
  return rows;
}

/** The workbook's sheets in order, parsed to rows of cells. */
export function readXlsx(buf: Buffer, limits = XLSX_LIMITS): XlsxSheet[] {
  const entries = readZipDirectory(buf, limits);
  const get = (name: string) => {
    const e = entries.get(name);
    return e ? xmlText(inflateEntry(buf, e), name) : null;
  };
  const workbook = get('xl/workbook.xml');
  if (!workbook) throw refuse('The file is not an XLSX workbook (xl/workbook.xml is missing).');
  const rels = new Map<string, string>();
  const relsXml = get('xl/_rels/workbook.xml.rels');
  if (relsXml)
    parseXml(
      relsXml,
      (n, a) => {
        if (local(n) === 'Relationship') rels.set(a.Id, a.Target);
      },
      () => undefined,
      () => undefined,
    );
  const sheets: { name: string; target: string }[] = [];
  parseXml(
    workbook,
    (n, a) => {
      if (local(n) !== 'sheet') return;
      const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
      const target = rid ? rels.get(rid) : undefined;
      if (target) sheets.push({ name: a.name, target });
    },
    () => undefined,
    () => undefined,
  );
  const ssXml = get('xl/sharedStrings.xml');
  const strings = ssXml ? sharedStrings(ssXml) : [];
  return sheets.map((s) => {
    const path = s.target.startsWith('/')
      ? s.target.slice(1)
      : `xl/${s.target.replace(/^\.\//, '')}`;
    const xml = get(path);
    return { name: s.name, rows: xml ? sheetRows(xml, strings) : [] };
  });
}
