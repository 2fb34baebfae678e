import { SaxesParser } from 'saxes';

/**
 * Folder hints: which folder each element, relationship and view of an exchange file is filed
 * in, read from its <organizations> section alone. The format puts that section after the
 * elements and relationships, so a reader that stores elements while it reads learns their
 * folders too late; a quick look at the section first tells it. These are hints only: the full
 * reader stays the judge, and a consumer compares its hints with the folders the reader finally
 * assigns (a section hidden in a comment or CDATA could mislead this scan).
 */

const NAME = 'organizations';
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

/**
 * The text of the first <organizations>…</organizations> element in raw UTF-8 (or other
 * ASCII-compatible) input, undefined when there is none (or it is empty or too large).
 */
export async function organizationsSection(
  chunks: AsyncIterable<Buffer | Uint8Array>,
): Promise<string | undefined> {
  let buf: Buffer = Buffer.alloc(0);
  let from = 0;
  let start = -1;
  for await (const chunk of chunks) {
    buf = buf.length ? Buffer.concat([buf, chunk]) : Buffer.from(chunk);
    for (;;) {
      const at = buf.indexOf(NAME, from, 'latin1');
      if (at === -1 || at + NAME.length + 1 > buf.length) {
        // Keep enough of the tail for a name cut in two.
        if (start === -1) {
          const keep = Math.max(0, buf.length - 256);
          buf = buf.subarray(keep);
          from = 0;
        } else from = Math.max(start, buf.length - NAME.length - 1);
        break;
      }
      from = at + 1;
      if (start === -1) {
        const open = tagStart(buf, at, false);
        if (open === -1) continue;
        const close = buf.indexOf(GT, at);
        if (close !== -1 && buf[close - 1] === SLASH) return undefined; // <organizations/>
        buf = buf.subarray(open);
        from = at - open + 1;
        start = 0;
      } else if (tagStart(buf, at, true) !== -1) {
        const close = buf.indexOf(GT, at);
        if (close === -1) {
          from = at;
          break;
        }
        return new TextDecoder().decode(buf.subarray(0, close + 1));
      }
    }
    if (start !== -1 && buf.length > MAX_SECTION) return undefined;
  }
  return undefined;
}

interface Frame {
  /** Ordinal of the folder children of this frame are filed in. */
  folder?: number;
  items: boolean;
}

/**
 * identifierRef -> the folder it is filed in, from an <organizations> section fed in pieces
 * (a large section is read between other work). A folder is named by its ordinal, counting
 * folders in file order from 0 as ExchangeSink.folder does; the first filing wins, as in the
 * reader. {@link close} gives undefined when the section is not well-formed or too deep.
 */
export class FolderHintReader {
  private readonly hints = new Map<string, number>();
  private readonly parser = new SaxesParser({ xmlns: false });
  private readonly stack: Frame[] = [];
  private folders = 0;
  private failed = false;

  constructor() {
    const { parser, stack, hints } = this;
    parser.on('error', () => {
      throw new Error('not well-formed');
    });
    parser.on('opentagstart', () => {
      if (stack.length >= MAX_DEPTH) throw new Error('too deep');
    });
    parser.on('opentag', (tag) => {
      const colon = tag.name.indexOf(':');
      const local = colon === -1 ? tag.name : tag.name.slice(colon + 1);
      const parent = stack[stack.length - 1];
      if (!parent || local !== 'item' || !parent.items) {
        stack.push({ items: !parent && local === NAME });
        return;
      }
      const ref = (tag.attributes as Record<string, string>).identifierRef;
      if (ref !== undefined) {
        if (parent.folder !== undefined && !hints.has(ref)) hints.set(ref, parent.folder);
        stack.push({ folder: parent.folder, items: true });
      } else stack.push({ folder: this.folders++, items: true });
    });
    parser.on('closetag', () => void stack.pop());
  }

  write(text: string): this {
    if (!this.failed) {
      try {
        this.parser.write(text);
      } catch {
        this.failed = true;
      }
    }
    return this;
  }

  close(): Map<string, number> | undefined {
    if (!this.failed) {
      try {
        this.parser.close();
      } catch {
        this.failed = true;
      }
    }
    return this.failed ? undefined : this.hints;
  }
}

/** {@link FolderHintReader} over a whole section at once. */
export function folderHints(section: string): Map<string, number> | undefined {
  return new FolderHintReader().write(section).close();
}
