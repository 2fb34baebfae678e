import type { ExchangeSink, IdLookup, IdSlot } from '@kartasto/exchange';
import type {
  ElementDoc,
  FolderDoc,
  ModelDocument,
  RelationshipDoc,
  ViewDoc,
} from '@kartasto/metamodel';
import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';
import type { Writable } from 'node:stream';
import { COPY_BATCH_BYTES, CopyBatch, startCopy } from './copy-binary';
import { NewModelPreview, type ImportPreview } from './import-preview';
import type { WriteSummary } from './model-document.writer';
import { ruleViolation } from './read-import-file';
import { RowIdSequence } from './row-id-sequence';
import {
  ELEMENT,
  FOLDER,
  PROPERTY_DEFINITION,
  RELATIONSHIP,
  VIEW,
  VIEW_CONNECTION,
  VIEW_NODE,
  elementRow,
  folderRow,
  propertyDefinitionRow,
  relationshipRow,
  relaxKeyChecks,
  transactionClient,
  viewDrawingRows,
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

/** Bytes a batch has room for past COPY_BATCH_BYTES, where it is shipped. */
const ROW_ROOM = 64 * 1024;

/** Bytes of the very first batch of an import. */
const FIRST_BATCH_BYTES = 64 * 1024;

/** Batches shipped but not yet handed to the connection before the reader is held back. */
const MAX_WAITING = 4;

/** One COPY statement and what is still on its way to the connection. */
interface Statement {
  t: TableSpec;
  batch: CopyBatch;
  /**
   * Bytes not yet handed to the stream. They go one buffer at a time, so that the COPY stream
   * never holds more than one: it cannot take more once the database has refused the statement.
   */
  queue: Buffer[];
  writing: boolean;
  /** The stream, once the statement has started. */
  stream?: Writable;
  /** All its rows are shipped; the stream ends once they are written. */
  ended: boolean;
  /** The database refused it: its stream takes nothing more. */
  failed: boolean;
  done: Promise<void>;
  unsent: number;
}

/**
 * COPY statements that run one after another on the transaction's connection while the caller
 * goes on reading: the database stores one batch while the next is parsed. Batches of the same
 * table go on in the same statement for as long as that table's rows come: between statements
 * the database waits until the busy reader has noticed that one ended and sent the next, which
 * left it idle for about a tenth of a large import when each batch was a statement of its own.
 */
class CopyQueue {
  /**
   * Rows not shipped yet, per table, encoded at once into a buffer outside the JS heap: nothing
   * of a row survives on the heap until its batch is shipped (when lines of text were kept
   * instead, the garbage collector copied every one of them, twice).
   */
  private readonly batches = new Map<TableSpec, CopyBatch>();
  /** The statement that takes the next batch of its table. */
  private open: Statement | undefined;
  /** Every statement made and not yet settled, in order. */
  private readonly running: Statement[] = [];
  /** Settles when the last statement made has. */
  private tail: Promise<void> = Promise.resolve();
  private unsent = 0;
  private wake: (() => void) | undefined;
  private failure: unknown;
  private stopped = false;
  /** Whether any rows have been shipped yet. */
  private shipped = false;

  constructor(
    private readonly client: PoolClient,
    private readonly ids: RowIdSequence,
  ) {}

  add(t: TableSpec, row: unknown[]): void {
    let batch = this.batches.get(t);
    if (!batch) {
      // Room for a batch's last row past the mark without growing, unless it is a long one.
      batch = new CopyBatch(t, COPY_BATCH_BYTES + ROW_ROOM, this.ids);
      this.batches.set(t, batch);
    }
    batch.add(row);
    // The first rows go out early: until then the database has nothing to do.
    if (batch.size >= (this.shipped ? COPY_BATCH_BYTES : FIRST_BATCH_BYTES)) this.ship(t);
  }

  /** Sends the rows gathered for a table: in the open statement if it is that table's. */
  ship(t: TableSpec): void {
    // Once stopped (the import failed), nothing more may reach the connection: the transaction
    // is about to roll back, and a statement after the ROLLBACK would run on its own.
    if (this.stopped) return;
    const batch = this.batches.get(t);
    if (!batch?.rows) return;
    if (this.open?.t !== t) {
      this.close();
      this.open = this.start(t, batch);
    }
    this.shipped = true;
    this.send(this.open, batch.take());
  }

  shipAll(order: readonly TableSpec[]): void {
    for (const t of order) this.ship(t);
  }

  /** A statement that starts once the one before it has ended; bytes shipped meanwhile wait. */
  private start(t: TableSpec, batch: CopyBatch): Statement {
    const statement: Statement = {
      t,
      batch,
      queue: [],
      writing: false,
      ended: false,
      failed: false,
      done: Promise.resolve(),
      unsent: 0,
    };
    const before = this.tail;
    statement.done = (async () => {
      await before;
      try {
        if (this.stopped) throw new Error('The import stopped.');
        // After a failure the transaction is aborted: nothing more is sent.
        if (this.failure !== undefined) throw this.failure;
        const { stream, done } = startCopy(this.client, t);
        stream.on('error', () => (statement.failed = true));
        statement.stream = stream;
        this.pump(statement);
        await done;
      } catch (error) {
        this.failure ??= error;
        throw error;
      } finally {
        this.unsent -= statement.unsent;
        statement.unsent = 0;
        this.running.splice(this.running.indexOf(statement), 1);
        this.wake?.();
      }
    })();
    this.tail = statement.done.catch(() => undefined);
    this.running.push(statement);
    return statement;
  }

  private send(statement: Statement, bytes: Buffer): void {
    // After a failure the bytes have nowhere to go; drain() or flush() reports it.
    if (statement.failed || this.failure !== undefined) return;
    statement.unsent++;
    this.unsent++;
    statement.queue.push(bytes);
    this.pump(statement);
  }

  /** Hands a started statement its next buffer once the last one is written; ends it after all. */
  private pump(statement: Statement): void {
    const stream = statement.stream;
    if (!stream || statement.writing || statement.failed || stream.destroyed) return;
    const bytes = statement.queue.shift();
    if (bytes === undefined) {
      if (statement.ended && !stream.writableEnded) stream.end();
      return;
    }
    statement.writing = true;
    stream.write(bytes, () => {
      statement.writing = false;
      if (statement.unsent > 0) {
        statement.unsent--;
        this.unsent--;
      }
      this.wake?.();
      this.pump(statement);
    });
  }

  /** Ends the open statement with the rows left for its table and the format's trailer. */
  private close(): void {
    const statement = this.open;
    if (!statement) return;
    this.open = undefined;
    this.batches.delete(statement.t);
    this.send(statement, statement.batch.finish());
    statement.ended = true;
    this.pump(statement);
  }

  /** Holds the caller while too many batches wait for the connection; a failure surfaces here. */
  async drain(): Promise<void> {
    while (this.unsent > MAX_WAITING && this.failure === undefined)
      await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = undefined;
    if (this.failure !== undefined) throw this.failure;
  }

  /** Ships what is left, tables in the order given, and waits for all of it. */
  async flush(order: readonly TableSpec[]): Promise<void> {
    this.shipAll(order);
    this.close();
    await Promise.all(this.running.map((s) => s.done));
    if (this.failure !== undefined) throw this.failure;
  }

  /** Stops shipping, cancels what is under way, and waits until the connection is free again. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.open = undefined;
    const running = [...this.running];
    // A statement not started yet never starts; one still taking rows is cancelled (CopyFail);
    // one whose rows are all sent is left to finish.
    for (const s of running)
      if (!s.ended && !s.failed) s.stream?.destroy(new Error('The import stopped.'));
    await Promise.allSettled(running.map((s) => s.done));
  }
}

export interface StreamingWriteOptions {
  modelId: string;
  userId: string | null;
}

/**
 * What the writer knows of one identifier of the file, kept in the reader's slot for it (see
 * IdSlot), so finding it costs no lookup of its own.
 */
interface Stored {
  /** The row's id (see RowIdSequence), made when the identifier is first met. */
  id: number;
  /** What it has been stored as, or undefined while it is only referred to. */
  kind: 'element' | 'relationship' | 'view' | undefined;
  /** An element's type, for checking relationships against the ArchiMate table. */
  type: string | undefined;
  /** The folder ordinal (-1: none) the row went out with. */
  filed: number;
  /** The folder the reader files it in, once it has said so. */
  folder: FolderDoc | undefined;
}

/**
 * Stores a new model while its exchange file is still being read: each element, relationship
 * and view goes out with COPY as soon as the reader has it, so parsing and the database work
 * side by side, and nothing keeps the whole document (read with `retain: false`). Foreign keys
 * cannot be checked statement by statement here (rows refer to rows of later statements), so
 * they are skipped or deferred to the commit ({@link relaxKeyChecks}). {@link open} gives no
 * writer outside a transaction; the caller then writes the finished document instead.
 *
 * Elements and relationships come before <organizations> in the file, so their folders come
 * from the hints; {@link finish} compares them with the folders the reader finally assigned and
 * corrects any difference.
 */
export class StreamingModelWriter implements ExchangeSink {
  /** Finds the reader's slot of an identifier read so far. */
  private lookup: IdLookup = () => undefined;
  /** Records made before the reader read their identifier (a view shown in an earlier view). */
  private readonly early = new Map<string, Stored>();
  /** Every record, for refiling. */
  private readonly all: Stored[] = [];
  /** Each folder's place in the file (its id may still change until the end). */
  private readonly ordinalOf = new Map<FolderDoc, number>();
  /** Folder ids by ordinal: a hint may name a folder before it is read. */
  private readonly folderIds: number[] = [];
  /** Relationships with an end further on, and their place among the relationships. */
  private readonly deferred: [RelationshipDoc, number][] = [];
  /** identifier -> folder ordinal, read from the file's <organizations> ahead of time. */
  private hints = new Map<string, number>();
  private readonly preview = new NewModelPreview();
  /** The kind of rows being read now: elements, relationships or views. */
  private section: TableSpec | undefined;
  private readonly counts = { elements: 0, relationships: 0, views: 0, nodes: 0, connections: 0 };

  private constructor(
    private readonly em: EntityManager,
    private readonly queue: CopyQueue,
    private readonly ids: RowIdSequence,
    private readonly rows: RowContext,
  ) {}

  static async open(
    em: EntityManager,
    opts: StreamingWriteOptions,
  ): Promise<StreamingModelWriter | undefined> {
    const client = await transactionClient(em);
    if (!client) return undefined;
    await relaxKeyChecks(em);
    const rows = { modelId: opts.modelId, userId: opts.userId };
    const ids = new RowIdSequence();
    return new StreamingModelWriter(em, new CopyQueue(client, ids), ids, rows);
  }

  /** Folder hints (see folderHints in @kartasto/exchange); set before the first row. */
  useFolderHints(hints: Map<string, number>): void {
    this.hints = hints;
  }

  private record(): Stored {
    // Every field from the start: one shape for all records, nothing added later.
    const stored: Stored = {
      id: this.ids.take(),
      kind: undefined,
      type: undefined,
      filed: -1,
      folder: undefined,
    };
    this.all.push(stored);
    return stored;
  }

  /** The record in an identifier's slot, made (or taken over from `early`) on first use. */
  private storedIn(slot: IdSlot, identifier: string): Stored {
    let stored = slot.slot as Stored | undefined;
    if (stored === undefined) {
      stored = this.early.size === 0 ? undefined : this.early.get(identifier);
      if (stored) this.early.delete(identifier);
      else stored = this.record();
      slot.slot = stored;
    }
    return stored;
  }

  /** The record of any identifier, whether the reader has read it yet or not. */
  private storedOf(identifier: string): Stored {
    const slot = this.lookup(identifier);
    if (slot) return this.storedIn(slot, identifier);
    let stored = this.early.get(identifier);
    if (!stored) this.early.set(identifier, (stored = this.record()));
    return stored;
  }

  private folderId(ordinal: number): number | null {
    if (ordinal < 0) return null;
    return (this.folderIds[ordinal] ??= this.ids.take());
  }

  private ordinal(folder: FolderDoc | undefined): number {
    return folder === undefined ? -1 : (this.ordinalOf.get(folder) ?? -1);
  }

  /** Files a row: in the reader's folder when it has said so already, else in the hinted one. */
  private fileInto(entry: Stored, identifier: string): number | null {
    entry.filed =
      entry.folder === undefined ? (this.hints.get(identifier) ?? -1) : this.ordinal(entry.folder);
    return this.folderId(entry.filed);
  }

  /**
   * The file has moved on to another kind of rows: what is gathered of the last kind goes to
   * the database now instead of after the last byte, when the database would be all that is
   * left to wait for.
   */
  private enter(section: TableSpec): void {
    if (this.section === section) return;
    this.section = section;
    this.queue.shipAll(TABLES);
  }

  // -------------------------------------------------------------------------- the sink

  begin(lookup: IdLookup): void {
    this.lookup = lookup;
  }

  folder(folder: FolderDoc, ordinal: number): void {
    this.ordinalOf.set(folder, ordinal);
  }

  filed(identifier: string, folder: FolderDoc, slot: IdSlot): void {
    this.storedIn(slot, identifier).folder = folder;
  }

  element(e: ElementDoc, slot: IdSlot): void {
    this.enter(ELEMENT);
    const entry = this.storedIn(slot, e.id);
    entry.kind = 'element';
    entry.type = e.type;
    this.counts.elements++;
    this.preview.add('element', e.id, e.name);
    this.queue.add(ELEMENT, elementRow(e, entry.id, this.fileInto(entry, e.id), null, this.rows));
  }

  relationship(
    r: RelationshipDoc,
    slot: IdSlot,
    sourceSlot: IdSlot | undefined,
    targetSlot: IdSlot | undefined,
  ): void {
    this.enter(RELATIONSHIP);
    const entry = this.storedIn(slot, r.id);
    entry.kind = 'relationship';
    const at = this.counts.relationships++;
    this.preview.add('relationship', r.id, r.name);
    const source = sourceSlot && this.storedIn(sourceSlot, r.sourceId);
    const target = targetSlot && this.storedIn(targetSlot, r.targetId);
    // An end not read yet (a relationship further on) waits for the end of the file.
    if (source?.kind === undefined || target?.kind === undefined) this.deferred.push([r, at]);
    else this.writeRelationship(r, at, entry, source, target, this.fileInto(entry, r.id));
  }

  view(v: ViewDoc, slot: IdSlot): void {
    this.enter(VIEW);
    const entry = this.storedIn(slot, v.id);
    entry.kind = 'view';
    this.counts.views++;
    this.preview.add('view', v.id, v.name);
    const viewId = entry.id;
    this.queue.add(VIEW, viewRow(v, viewId, this.fileInto(entry, v.id), this.rows));
    const drawing = viewDrawingRows(v, viewId, (ref) => (ref ? this.storedOf(ref).id : null), {
      makeId: () => this.ids.take(),
    });
    for (const row of drawing.nodes) this.queue.add(VIEW_NODE, row);
    for (const row of drawing.connections) this.queue.add(VIEW_CONNECTION, row);
    this.counts.nodes += v.nodes.length;
    this.counts.connections += v.connections.length;
  }

  drain(): Promise<void> {
    return this.queue.drain();
  }

  /** Sends every row read so far without waiting: the database works on while the caller goes on. */
  send(): void {
    this.queue.shipAll(TABLES);
  }

  // ------------------------------------------------------------------------ the rest

  private endType(end: Stored): string | undefined {
    return end.kind === 'relationship' ? 'Relationship' : end.type;
  }

  private writeRelationship(
    r: RelationshipDoc,
    at: number,
    entry: Stored,
    source: Stored,
    target: Stored,
    folderId: number | null,
  ): void {
    const violation = ruleViolation(r, this.endType(source), this.endType(target));
    if (violation) this.preview.violation(at, violation);
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
   * and waits for the database. `doc` is what the reader kept: the model's own fields, folders
   * and property definitions.
   */
  async finish(
    doc: ModelDocument,
  ): Promise<{ summary: WriteSummary; preview: ImportPreview; refiled: number }> {
    for (const [r, at] of this.deferred) {
      // The reader has checked every end by now: each is an element or a relationship.
      const entry = this.storedOf(r.id);
      entry.filed = this.ordinal(entry.folder);
      const [source, target] = [this.storedOf(r.sourceId), this.storedOf(r.targetId)];
      this.writeRelationship(r, at, entry, source, target, this.folderId(entry.filed));
    }
    const byId = new Map(doc.folders.map((f) => [f.id, f]));
    for (const f of doc.folders) {
      const parent = f.parentId === undefined ? undefined : byId.get(f.parentId);
      const ids = [this.folderId(this.ordinal(f)), this.folderId(this.ordinal(parent))] as const;
      this.queue.add(FOLDER, folderRow(f, ids[0], ids[1], this.rows));
      this.preview.add('folder', f.id, f.name);
    }
    for (const p of doc.propertyDefinitions)
      this.queue.add(PROPERTY_DEFINITION, propertyDefinitionRow(this.rows)(p));
    await this.queue.flush(TABLES);
    const refiled = await this.refile();
    const summary = {
      propertyDefinitions: doc.propertyDefinitions.length,
      folders: doc.folders.length,
      ...this.counts,
    };
    return { summary, preview: this.preview.result(), refiled };
  }

  /** Moves rows whose hinted folder was not the reader's final one; says how many. */
  private async refile(): Promise<number> {
    const move = () => ({ ids: [] as string[], folders: [] as (string | null)[] });
    const moves = { element: move(), relationship: move(), view: move() };
    for (const entry of this.all) {
      if (entry.kind === undefined) continue;
      const folder = this.ordinal(entry.folder);
      if (entry.filed === folder) continue;
      moves[entry.kind].ids.push(this.ids.text(entry.id));
      const folderId = this.folderId(folder);
      moves[entry.kind].folders.push(folderId === null ? null : this.ids.text(folderId));
    }
    let refiled = 0;
    for (const [table, { ids, folders }] of Object.entries(moves)) {
      if (!ids.length) continue;
      refiled += ids.length;
      await this.em.query(
        `UPDATE ${table} SET folder_id = x.folder_id
           FROM unnest($1::uuid[], $2::uuid[]) AS x(id, folder_id) WHERE ${table}.id = x.id`,
        [ids, folders],
      );
    }
    return refiled;
  }
}
