import { ExchangeError } from './exchange-error';

/** Anything the readers accept: a Node stream, an async iterable of chunks, or the whole text. */
export type ExchangeInput =
  | NodeJS.ReadableStream
  | AsyncIterable<Buffer | Uint8Array | string>
  | Iterable<Buffer | Uint8Array | string>
  | string
  | Buffer
  | Uint8Array;

export interface DecodeOptions {
  maxBytes: number;
  onProgress?: (bytesRead: number) => void;
}

/** How many leading bytes to wait for before choosing a decoder (the XML declaration is there). */
const SNIFF_BYTES = 512;
const FORBIDDEN_DECLARATIONS = ['<!DOCTYPE', '<!ENTITY'];
const GUARD_TAIL = 16;

function toChunks(
  input: ExchangeInput,
): AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string> {
  if (typeof input === 'string' || input instanceof Uint8Array) return [input];
  return input as AsyncIterable<Buffer | Uint8Array | string>;
}

/** WHATWG encoding label for an XML declaration's encoding, or undefined when unsupported. */
function decoderLabel(declared: string): string | undefined {
  const name = declared.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8' || name === 'us-ascii' || name === 'ascii')
    return 'utf-8';
  // iso-8859-1 is decoded as windows-1252 by every browser; Sparx writes windows-1252.
  if (['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'iso_8859-1', 'l1'].includes(name)) {
    return 'windows-1252';
  }
  if (name === 'iso-8859-15' || name === 'latin-9') return 'iso-8859-15';
  if (name === 'utf-16' || name === 'utf-16le') return 'utf-16le';
  if (name === 'utf-16be') return 'utf-16be';
  return undefined;
}

function chooseDecoder(head: Uint8Array): TextDecoder {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return new TextDecoder('utf-8', { fatal: true });
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  const ascii = Buffer.from(head.subarray(0, SNIFF_BYTES)).toString('latin1');
  const declaration = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(ascii);
  if (!declaration) return new TextDecoder('utf-8', { fatal: true });
  const label = decoderLabel(declaration[1]);
  if (!label) {
    throw new ExchangeError(
      'UNSUPPORTED_ENCODING',
      `The file declares the character encoding "${declaration[1]}" on line 1, which Kartasto cannot read. ` +
        'Save the file as UTF-8 (or windows-1252/ISO-8859-1) and import it again.',
      { line: 1 },
    );
  }
  return new TextDecoder(label, { fatal: true });
}

function countLines(text: string, end = text.length): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/**
 * Turns raw input into decoded text chunks: enforces the size cap, honours the declared
 * encoding, refuses invalid byte sequences and any DTD before the XML parser sees it.
 */
export async function* decodeXmlInput(
  input: ExchangeInput,
  options: DecodeOptions,
): AsyncGenerator<string> {
  let bytes = 0;
  let linesSoFar = 0;
  let tail = '';
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let decoder: TextDecoder | undefined;

  const guard = (text: string): string => {
    // Only a marker split across chunks needs the tail: joining it to the whole chunk would
    // copy every chunk once more, so the joined window is just the seam.
    const seam = tail + text.slice(0, GUARD_TAIL);
    const atSeam = seam.indexOf('<!') !== -1;
    if (atSeam || text.indexOf('<!') !== -1) forbid(atSeam ? tail + text : text, atSeam);
    linesSoFar += countLines(text);
    tail = text.length >= GUARD_TAIL ? text.slice(-GUARD_TAIL) : (tail + text).slice(-GUARD_TAIL);
    return text;
  };

  /** Refuses the chunk if `window` (the chunk, perhaps after the last chunk's tail) has a DTD. */
  const forbid = (window: string, withTail: boolean): void => {
    for (const marker of FORBIDDEN_DECLARATIONS) {
      const at = window.indexOf(marker);
      if (at !== -1) {
        const line = linesSoFar - (withTail ? countLines(tail) : 0) + countLines(window, at) + 1;
        throw new ExchangeError(
          'DOCTYPE_FORBIDDEN',
          `Line ${line}: the file contains a ${marker.slice(2)} declaration. ArchiMate exchange files never ` +
            'need one, and such declarations can be used to attack the server (entity expansion, ' +
            'reading local files), so Kartasto refuses the file.',
          { line },
        );
      }
    }
  };

  const decode = (chunk: Uint8Array, stream: boolean): string => {
    try {
      return decoder!.decode(chunk, { stream });
    } catch {
      const lenient = new TextDecoder(decoder!.encoding).decode(chunk);
      const bad = lenient.indexOf('\uFFFD');
      const line = linesSoFar + countLines(lenient, bad === -1 ? lenient.length : bad) + 1;
      throw new ExchangeError(
        'INVALID_UTF8',
        `Line ${line}: the file contains bytes that are not valid ${decoder!.encoding.toUpperCase()}. ` +
          'The file is damaged or was saved in another encoding than it declares.',
        { line },
      );
    }
  };

  const count = (size: number): void => {
    bytes += size;
    if (bytes > options.maxBytes) {
      throw new ExchangeError(
        'TOO_LARGE',
        `The file is larger than the import limit of ${Math.round(options.maxBytes / 1048576)} MB.`,
      );
    }
    options.onProgress?.(bytes);
  };

  for await (const chunk of toChunks(input)) {
    if (typeof chunk === 'string') {
      count(Buffer.byteLength(chunk));
      if (chunk.length) yield guard(chunk);
      continue;
    }
    count(chunk.byteLength);
    if (!decoder) {
      pending.push(chunk);
      pendingBytes += chunk.byteLength;
      if (pendingBytes < SNIFF_BYTES) continue;
      const head = Buffer.concat(pending);
      pending = [];
      decoder = chooseDecoder(head);
      const text = decode(head, true);
      if (text.length) yield guard(text);
      continue;
    }
    const text = decode(chunk, true);
    if (text.length) yield guard(text);
  }
  if (!decoder && pendingBytes > 0) {
    const head = Buffer.concat(pending);
    decoder = chooseDecoder(head);
    const text = decode(head, true);
    if (text.length) yield guard(text);
  }
  if (decoder) {
    const rest = decode(new Uint8Array(0), false);
    if (rest.length) yield guard(rest);
  }
}
