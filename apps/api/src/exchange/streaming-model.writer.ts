import type { ExchangeSink } from '@kartasto/exchange';
import type {
  ElementDoc,
  FolderDoc,
  ModelDocument,
  RelationshipDoc,
  ViewDoc,
} from '@kartasto/metamodel';
import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';
import { v7 as newId } from 'uuid';
import type { WriteSummary } from './model-document.writer';
import {
  ELEMENT,
  FOLDER,
  PROPERTY_DEFINITION,
  RELATIONSHIP,
  VIEW,
  VIEW_CONNECTION,
  VIEW_NODE,
  connectionRow,
  copyLine,
  copyText,
  elementRow,
  folderRow,
  nodeRow,
  propertyDefinitionRow,
  relationshipRow,
  skipKeyTriggers,
  transactionClient,
  viewRow,
  type RowContext,
  type TableSpec,
} from './model-rows';

const TABLES = [
  ELEMENT,
  RELATIONSHIP,
  VIEW,
  VIEW_NODE,
  VIEW_CONNECTION,
  FOLDER,
  PROPERTY_DEFINITION,
] as const;

/** Characters of COPY text per statement. */
const BATCH_CHARS = 1 << 20;
/** Statements waiting for the database before the reader is held back. */
const MAX_WAITING = 4;

/**
 * COPY statements that run one after another on the transaction's connection while the caller
 * goes on reading: the database stores one batch while the next is parsed.
 */
class CopyQueue {
  /** COPY text not shipped yet, per table: one growing string, not thousands of lines. */
  private readonly text = new Map<TableSpec, string>();
  private readonly waiting: Promise<void>[] = [];
  private tail: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly client: PoolClient) {}

  add(t: TableSpec, row: unknown[]): void {
    const text = (this.text.get(t) ?? '') + copyLine(t, row);
    this.text.set(t, text);
    if (text.length >= BATCH_CHARS) this.ship(t);
  }

  ship(t: TableSpec): void {
    const text = this.text.get(t);
    if (!text) return;
    this.text.set(t, '');
    // Once stopped (the import failed), nothing more may reach the connection: the transaction
    // is about to roll back, and a statement after the ROLLBACK would run on its own.
    const job = this.tail.then(() => (this.stopped ? undefined : copyText(this.client, t, [text])));
    job.catch(() => undefined); // the error surfaces from drain() or finish()
    this.tail = job;
    this.waiting.push(job);
  }

  /** Holds the caller while too many statements wait for the database. */
  async drain(): Promise<void> {
    while (this.waiting.length > MAX_WAITING) await this.waiting.shift();
  }

  /** Ships what is left, tables in the order given, and waits for all of it. */
  async flush(order: readonly TableSpec[]): Promise<void> {
    this.shipAll(order);
    this.waiting.length = 0;
    await this.tail;
  }

  shipAll(order: readonly TableSpec[]): void {
    for (const t of order) this.ship(t);
  }

  /** Stops shipping and waits until the connection is free again; errors are the caller's. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.tail.catch(() => undefined);
  }
}

export interface StreamingWriteOptions {
  modelId: string;
  userId: string | null;
}

/**
 * Stores a new model while its exchange file is still being read: each element, relationship
 * and view goes out with COPY as soon as the reader has it, so parsing and the database work
 * side by side. Foreign keys cannot be checked statement by statement here (rows refer to rows of
 * later statements), so this needs {@link skipKeyTriggers}; {@link open} says when that is not
 * possible and the caller writes the finished document instead.
 *
 * Elements and relationships come before <organizations> in the file, so their folders come
 * from the hints; {@link finish} compares them with the folders the reader finally assigned and
 * corrects any difference.
 */
/** What the writer knows of one identifier of the file; one map lookup answers all of it. */
interface Stored {
  /** The row's id in the database, made when the identifier is first met. */
  id: string;
  /** Stored as an element or a relationship yet, or neither (only referred to so far). */
  kind: 'element' | 'relationship' | undefined;
  /** The folder ordinal (-1: none) the row went out with. */
  filed: number;
}

export class StreamingModelWriter implements ExchangeSink {
  private readonly stored = new Map<string, Stored>();
  /** Folder identifiers as read (made-up ones may still be renamed before the end). */
  private readonly ordinalOfId = new Map<string, number>();
  /** Folder ids by ordinal: a hint may name a folder before it is read. */
  private readonly folderIds: string[] = [];
  private readonly deferred: RelationshipDoc[] = [];
  /** identifier -> folder ordinal, read from the file's <organizations> ahead of time. */
  private hints = new Map<string, number>();
  private nodes = 0;
  private connections = 0;

  private constructor(
    private readonly em: EntityManager,
    private readonly queue: CopyQueue,
    private readonly rows: RowContext,
  ) {}

  static async open(
    em: EntityManager,
    opts: StreamingWriteOptions,
  ): Promise<StreamingModelWriter | undefined> {
    const client = await transactionClient(em);
    if (!client || !(await skipKeyTriggers(em))) return undefined;
    const rows = { modelId: opts.modelId, userId: opts.userId };
    return new StreamingModelWriter(em, new CopyQueue(client), rows);
  }

  /** Folder hints (see folderHints in @kartasto/exchange); set before the first row. */
  useFolderHints(hints: Map<string, number>): void {
    this.hints = hints;
  }

  private entry(identifier: string): Stored {
    let entry = this.stored.get(identifier);
    if (entry === undefined)
      this.stored.set(identifier, (entry = { id: newId(), kind: undefined, filed: -1 }));
    return entry;
  }

  private idOf(identifier: string): string {
    return this.entry(identifier).id;
  }

  private folderId(ordinal: number): string | null {
    if (ordinal < 0) return null;
    return (this.folderIds[ordinal] ??= newId());
  }

  /** Files a row: in the reader's folder when it knows it already, else in the hinted one. */
  private fileInto(entry: Stored, identifier: string, folderId: string | undefined): string | null {
    entry.filed =
      folderId === undefined
        ? (this.hints.get(identifier) ?? -1)
        : (this.ordinalOfId.get(folderId) ?? -1);
    return this.folderId(entry.filed);
  }

  // -------------------------------------------------------------------------- the sink

  folder(folder: FolderDoc, ordinal: number): void {
    this.ordinalOfId.set(folder.id, ordinal);
  }

  element(e: ElementDoc): void {
    const entry = this.entry(e.id);
    entry.kind = 'element';
    const folder = this.fileInto(entry, e.id, e.folderId);
    this.queue.add(ELEMENT, elementRow(e, entry.id, folder, null, this.rows));
  }

  relationship(r: RelationshipDoc): void {
    const entry = this.entry(r.id);
    entry.kind = 'relationship';
    const source = this.stored.get(r.sourceId);
    const target = this.stored.get(r.targetId);
    // An end not read yet (a relationship further on) waits for the end of the file.
    if (!source?.kind || !target?.kind) this.deferred.push(r);
    else this.writeRelationship(r, entry, source, target, this.fileInto(entry, r.id, r.folderId));
  }

  view(v: ViewDoc): void {
    const entry = this.entry(v.id);
    const viewId = entry.id;
    this.queue.add(VIEW, viewRow(v, viewId, this.fileInto(entry, v.id, v.folderId), this.rows));
    // Nodes and connections are only referred to from their own view.
    const local = new Map<string, string>();
    for (const n of v.nodes) local.set(n.id, newId());
    for (const c of v.connections) local.set(c.id, newId());
    const nodes = new Set(v.nodes.map((n) => n.id));
    const end = (ref: string): [string | null, string | null] =>
      nodes.has(ref) ? [local.get(ref)!, null] : [null, local.get(ref) ?? null];
    for (const n of v.nodes) {
      this.queue.add(
        VIEW_NODE,
        nodeRow(n, {
          id: local.get(n.id)!,
          viewId,
          parentId: n.parentId ? (local.get(n.parentId) ?? null) : null,
          elementId: n.elementId ? this.idOf(n.elementId) : null,
          viewRefId: n.viewRefId ? this.idOf(n.viewRefId) : null,
        }),
      );
    }
    for (const c of v.connections) {
      this.queue.add(
        VIEW_CONNECTION,
        connectionRow(c, {
          id: local.get(c.id)!,
          viewId,
          relationshipId: c.relationshipId ? this.idOf(c.relationshipId) : null,
          source: end(c.sourceId),
          target: end(c.targetId),
        }),
      );
    }
    this.nodes += v.nodes.length;
    this.connections += v.connections.length;
  }

  drain(): Promise<void> {
    return this.queue.drain();
  }

  /** Sends every row read so far without waiting: the database works on while the caller goes on. */
  send(): void {
    this.queue.shipAll(TABLES);
  }

  // ------------------------------------------------------------------------ the rest

  private writeRelationship(
    r: RelationshipDoc,
    entry: Stored,
    source: Stored,
    target: Stored,
    folderId: string | null,
  ): void {
    const sourceIsElement = source.kind === 'element';
    const targetIsElement = target.kind === 'element';
    const ends = {
      sourceElement: sourceIsElement ? source.id : null,
      sourceRelationship: sourceIsElement ? null : source.id,
      targetElement: targetIsElement ? target.id : null,
      targetRelationship: targetIsElement ? null : target.id,
    };
    this.queue.add(RELATIONSHIP, relationshipRow(r, entry.id, ends, folderId, this.rows));
  }

  /** The import failed: send nothing more and free the connection for the rollback. */
  abort(): Promise<void> {
    return this.queue.stop();
  }

  /**
   * After the reader has accepted the whole file: writes what had to wait (folders, property
   * definitions, relationships to later relationships), corrects folders the hints got wrong,
   * and waits for the database.
   */
  async finish(doc: ModelDocument): Promise<{ summary: WriteSummary; refiled: number }> {
    // A folder's ordinal is its place in doc.folders; ids are final now.
    const ordinals = new Map(doc.folders.map((f, i) => [f.id, i]));
    const ordinal = (folderId: string | undefined) =>
      folderId === undefined ? -1 : (ordinals.get(folderId) ?? -1);
    for (const r of this.deferred) {
      // The reader has checked every end by now: each is an element or a relationship.
      const entry = this.entry(r.id);
      entry.filed = ordinal(r.folderId);
      const [source, target] = [this.entry(r.sourceId), this.entry(r.targetId)];
      this.writeRelationship(r, entry, source, target, this.folderId(entry.filed));
    }
    for (const f of doc.folders) {
      const parent = this.folderId(ordinal(f.parentId));
      this.queue.add(FOLDER, folderRow(f, this.folderId(ordinal(f.id)), parent, this.rows));
    }
    for (const p of doc.propertyDefinitions)
      this.queue.add(PROPERTY_DEFINITION, propertyDefinitionRow(this.rows)(p));
    await this.queue.flush(TABLES);
    let refiled = 0;
    for (const [table, list] of [
      ['element', doc.elements],
      ['relationship', doc.relationships],
      ['view', doc.views],
    ] as const) {
      const ids: string[] = [];
      const folders: (string | null)[] = [];
      for (const concept of list) {
        const folder = ordinal(concept.folderId);
        const entry = this.entry(concept.id);
        if (entry.filed === folder) continue;
        ids.push(entry.id);
        folders.push(this.folderId(folder));
      }
      if (!ids.length) continue;
      refiled += ids.length;
      await this.em.query(
        `UPDATE ${table} SET folder_id = x.folder_id
           FROM unnest($1::uuid[], $2::uuid[]) AS x(id, folder_id) WHERE ${table}.id = x.id`,
        [ids, folders],
      );
    }
    const summary = {
      propertyDefinitions: doc.propertyDefinitions.length,
      folders: doc.folders.length,
      elements: doc.elements.length,
      relationships: doc.relationships.length,
      views: doc.views.length,
      nodes: this.nodes,
      connections: this.connections,
    };
    return { summary, refiled };
  }
}
