import { deflateRawSync } from 'node:zlib';
import { GqlClient } from '../support/test-app';

/** A signed-in browser-like session that also speaks plain HTTP (downloads, uploads). */
export class Session extends GqlClient {
  constructor(private readonly root: string) {
    super(root);
  }

  private get cookieHeader(): string {
    return (this as unknown as { cookie: string }).cookie;
  }

  async download(path: string): Promise<{ status: number; body: Buffer; headers: Headers }> {
    const res = await fetch(`${this.root}${path}`, { headers: { cookie: this.cookieHeader } });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  }

  async upload(path: string, body: Buffer, contentType = 'application/octet-stream'): Promise<{ status: number; json: any }> {
    const res = await fetch(`${this.root}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookieHeader, 'content-type': contentType },
      body: new Uint8Array(body),
    });
    return { status: res.status, json: await res.json() };
  }
}

export interface ZipItem {
  name: string;
  data: Buffer;
  /** Lie about the uncompressed size in the headers (a zip bomb that hides its size). */
  declaredSize?: number;
}

/** A minimal zip writer (deflate), so tests can build hostile archives byte by byte. */
export function buildZip(items: ZipItem[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const item of items) {
    const name = Buffer.from(item.name, 'utf8');
    const compressed = deflateRawSync(item.data);
    const size = item.declaredSize ?? item.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export const CREATE = `mutation($input: CreateElementInput!) { createElement(input: $input) { id identifier version } }`;
export const REL = `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { id version } }`;
export const CELL = `mutation($input: UpdatePortfolioCellInput!) {
  updatePortfolioCell(input: $input) { elementId version values legalMissing name documentation }
}`;
export const PORTFOLIO = `query($m: ID!, $f: PortfolioFilterInput, $s: [PortfolioSortInput!]) {
  portfolio(modelId: $m, filter: $f, sort: $s) {
    totalCount
    models { id canEdit }
    rows { elementId identifier version name documentation values legalMissing
      interfaces { relationshipId relationshipVersion direction partnerName partnerIsSystem transferMethod relationshipType }
      dataResources { name accessType } }
  }
}`;
