/**
 * Folder hints: which folder each element, relationship and view of an exchange file is filed
 * in, read from its <organizations> section alone. The format puts that section after the
 * elements and relationships, so a reader that stores elements while it reads learns their
 * folders too late; a quick look at the section first tells it. These are hints only: the full
 * reader stays the judge, and a consumer compares its hints with the folders the reader finally
 * assigns (a section hidden in a comment or CDATA could mislead this scan).
 */

const NAME = 'organizations';
/** The name as bytes: Buffer.indexOf finds a Buffer several times faster than a latin1 string. */
const NAME_BYTES = Buffer.from(NAME);
const LT = 0x3c;
const SLASH = 0x2f;
const COLON = 0x3a;
const GT = 0x3e;
const MAX_SECTION = 256 * 1024 * 1024;
/** Deeper sections are left to the full reader, which refuses them (see DEFAULT_MAX_DEPTH). */
const MAX_DEPTH = 64;

const isNameByte = (b: number) =>
  (b >= 0x30 && b <= 0x39) ||
  (b >= 0x41 && b <= 0x5a) ||
  (b >= 0x61 && b <= 0x7a) ||
  b === 0x5f ||
  b === 0x2d ||
  b === 0x2e ||
  b >= 0x80;

/** Where `organizations` at `at` is a tag name: "<organizations", "<p:organizations", with "/" for an end tag. */
function tagStart(buf: Buffer, at: number, end: boolean): number {
  let i = at - 1;
  if (buf[i] === COLON) {
    i--;
    while (i >= 0 && isNameByte(buf[i])) i--;
  }
  if (end) {
    if (buf[i] !== SLASH) return -1;
    i--;
  }
  if (buf[i] !== LT) return -1;
  const after = buf[at + NAME.length];
  const fits =
    after === GT ||
    after === SLASH ||
    after === 0x20 ||
    after === 0x09 ||
    after === 0x0a ||
    after === 0x0d;
  return fits ? i : -1;
}

/** Bytes kept from the last chunk while looking for the section: enough for a prefixed tag name. */
const SEAM = 256;

/** Reads up to `length` bytes into `into` at `at`; 0 once the input has ended. */
export type ReadInto = (into: Buffer, at: number, length: number) => Promise<number>;

/** Bytes read at a time while looking for the section. */
const BLOCK = 1 << 20;

/** A {@link ReadInto} over chunks: each is copied as it comes, so a chunk's buffer may be reused. */
function chunkReader(chunks: AsyncIterable<Buffer | Uint8Array>): ReadInto {
  const iterator = chunks[Symbol.asyncIterator]();
  let rest: Buffer = Buffer.alloc(0);
  return async (into, at, length) => {
    while (!rest.length) {
      const next = await iterator.next();
      if (next.done) return 0;
      rest = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    }
    const n = rest.copy(into, at, 0, Math.min(length, rest.length));
    rest = rest.subarray(n);
    return n;
  };
}

/**
 * The text of the first <organizations>…</organizations> element in raw UTF-8 (or other
 * ASCII-compatible) input, undefined when there is none (or it is empty or too large). The input
 * is read into one working buffer: outside the section only its last few bytes are kept.
 */
export async function organizationsSection(
  input: AsyncIterable<Buffer | Uint8Array> | ReadInto,
): Promise<string | undefined> {
  const read = typeof input === 'function' ? input : chunkReader(input);
  let buf = Buffer.allocUnsafe(BLOCK + SEAM);
  let length = 0;
  let from = 0;
  let started = false;
  for (;;) {
    if (buf.length - length < BLOCK) {
      const grown = Buffer.allocUnsafe(Math.max(buf.length * 2, length + BLOCK));
      buf.copy(grown, 0, 0, length);
      buf = grown;
    }
    const n = await read(buf, length, BLOCK);
    if (n === 0) return undefined;
    length += n;
    let view = buf.subarray(0, length);
    for (;;) {
      const at = view.indexOf(NAME_BYTES, from);
      if (at === -1 || at + NAME.length + 1 > length) {
        if (started) from = Math.max(0, length - NAME.length - 1);
        else {
          // Keep enough of the tail for a name cut in two.
          const keep = Math.max(0, length - SEAM);
          buf.copyWithin(0, keep, length);
          length -= keep;
          from = 0;
        }
        break;
      }
      from = at + 1;
      if (!started) {
        const open = tagStart(view, at, false);
        if (open === -1) continue;
        const close = view.indexOf(GT, at);
        if (close !== -1 && view[close - 1] === SLASH) return undefined; // <organizations/>
        buf.copyWithin(0, open, length);
        length -= open;
        view = buf.subarray(0, length);
        from = at - open + 1;
        started = true;
      } else if (tagStart(view, at, true) !== -1) {
        const close = view.indexOf(GT, at);
        if (close === -1) {
          from = at;
          break;
        }
        return new TextDecoder().decode(view.subarray(0, close + 1));
      }
    }
    if (started && length > MAX_SECTION) return undefined;
  }
}

interface Frame {
  /** The tag's name as written, which its end tag must repeat. */
  name: string;
  /** Ordinal of the folder children of this frame are filed in. */
  folder?: number;
  /** Whether <item> children of this frame are organization items. */
  items: boolean;
}

const REF = 'identifierRef';
const QUOTE = 0x22;
const APOS = 0x27;
const EQUALS = 0x3d;
const BANG = 0x21;
const QUESTION = 0x3f;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * identifierRef -> the folder it is filed in, from an <organizations> section, read in steps (a
 * large section is read between other work). A folder is named by its ordinal, counting folders
 * in file order from 0 as ExchangeSink.folder does; the first filing wins, as in the reader.
 *
 * A scan of tags, not an XML parser: it steps over text, comments, CDATA and processing
 * instructions, matches end tags by name, and gives up on anything else it cannot follow
 * ({@link close} then gives undefined). A wrong hint costs the consumer a correction, never a
 * wrong folder, and the scan is many times faster than a conforming parser on the same text.
 */
export class FolderHintScanner {
  private readonly hints = new Map<string, number>();
  private readonly stack: Frame[] = [];
  private folders = 0;
  /** Where the next markup is looked for. */
  private at = 0;
  private failed = false;

  constructor(private readonly section: string) {}

  /** Reads the markup that starts before `limit`; false once the scan has given up. */
  scan(limit: number): boolean {
    const s = this.section;
    while (!this.failed) {
      const lt = s.indexOf('<', this.at);
      if (lt === -1 || lt >= limit) {
        if (lt === -1) this.at = s.length;
        return true;
      }
      const next = this.markup(lt);
      if (next === -1) this.failed = true;
      else this.at = next;
    }
    return false;
  }

  /** Where the scan goes on after the markup at `lt`; -1 when it cannot follow it. */
  private markup(lt: number): number {
    const s = this.section;
    const c = s.charCodeAt(lt + 1);
    if (c === BANG) {
      const [open, close] = s.startsWith('!--', lt + 1)
        ? ['<!--', '-->']
        : s.startsWith('![CDATA[', lt + 1)
          ? ['<![CDATA[', ']]>']
          : ['', ''];
      if (!open) return -1; // a DTD or worse: the full reader refuses it
      const end = s.indexOf(close, lt + open.length);
      return end === -1 ? -1 : end + close.length;
    }
    if (c === QUESTION) {
      const end = s.indexOf('?>', lt + 2);
      return end === -1 ? -1 : end + 2;
    }
    if (c === SLASH) {
      const gt = s.indexOf('>', lt + 2);
      const top = this.stack.pop();
      if (gt === -1 || !top || s.slice(lt + 2, gt).trimEnd() !== top.name) return -1;
      return gt + 1;
    }
    return this.startTag(lt);
  }

  private startTag(lt: number): number {
    const s = this.section;
    let i = lt + 1;
    for (let c = s.charCodeAt(i); i < s.length && !isSpace(c) && c !== SLASH && c !== GT;)
      c = s.charCodeAt(++i);
    const name = s.slice(lt + 1, i);
    if (!name) return -1;
    let ref: string | undefined;
    let empty = false;
    for (;;) {
      while (isSpace(s.charCodeAt(i))) i++;
      const c = s.charCodeAt(i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (s.charCodeAt(i + 1) !== GT) return -1;
        empty = true;
        i += 2;
        break;
      }
      const from = i;
      for (let d = c; i < s.length && !isSpace(d) && d !== EQUALS && d !== GT && d !== SLASH;)
        d = s.charCodeAt(++i);
      if (i === from) return -1;
      const isRef = i - from === REF.length && s.startsWith(REF, from);
      while (isSpace(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i++) !== EQUALS) return -1;
      while (isSpace(s.charCodeAt(i))) i++;
      const quote = s.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOS) return -1;
      const end = s.indexOf(quote === QUOTE ? '"' : "'", i + 1);
      if (end === -1) return -1;
      if (isRef) ref = s.slice(i + 1, end);
      i = end + 1;
    }
    if (this.stack.length >= MAX_DEPTH) return -1;
    this.open(name, ref, empty);
    return i;
  }

  private open(name: string, ref: string | undefined, empty: boolean): void {
    const colon = name.indexOf(':');
    const local = colon === -1 ? name : name.slice(colon + 1);
    const parent = this.stack[this.stack.length - 1];
    let frame: Frame;
    if (!parent || local !== 'item' || !parent.items)
      frame = { name, items: !parent && local === NAME };
    else if (ref === undefined) frame = { name, folder: this.folders++, items: true };
    else {
      // A reference written with an entity is left to the full reader, which resolves it.
      if (parent.folder !== undefined && !ref.includes('&') && !this.hints.has(ref))
        this.hints.set(ref, parent.folder);
      if (empty) return; // most items: nothing inside, nothing to push
      frame = { name, folder: parent.folder, items: true };
    }
    if (!empty) this.stack.push(frame);
  }

  /** The hints, once the whole section is read; undefined when it was not well-formed or too deep. */
  close(): Map<string, number> | undefined {
    if (!this.scan(Infinity) || this.stack.length) return undefined;
    return this.hints;
  }
}

/** {@link FolderHintScanner} over a whole section at once. */
export function folderHints(section: string): Map<string, number> | undefined {
  return new FolderHintScanner(section).close();
}
