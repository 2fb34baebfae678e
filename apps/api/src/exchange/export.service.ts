import { Injectable } from '@nestjs/common';
import { exchangeChunks, writeArchiCsv } from '@kartasto/exchange';
import type { ModelDocument } from '@kartasto/metamodel';
import { zipSync, strToU8 } from 'fflate';
import { DataSource } from 'typeorm';
import { readModelDocument } from './model-document.reader';

export type ExportFormat = 'exchange' | 'csv';

/** Exports a stored model (or one view) as exchange XML or an Archi CSV zip. */
@Injectable()
export class ExportService {
  constructor(private readonly db: DataSource) {}

  /**
   * Reads the model in one read-only snapshot: its queries (elements, relationships, views,
   * nodes, …) then see the same state even when a colleague saves an edit in between, so the
   * export never refers to what one query saw and another did not.
   */
  read(modelId: string, viewIds?: string[]): Promise<ModelDocument> {
    return this.db.transaction('REPEATABLE READ', async (em) => {
      await em.query('SET TRANSACTION READ ONLY');
      return readModelDocument(em, modelId, { viewIds });
    });
  }

  /** Exchange XML as chunks, so a large model streams to the client. */
  exchange(doc: ModelDocument, viewIds?: string[]): Iterable<string> {
    return exchangeChunks(doc, viewIds ? { viewIds } : {});
  }

  csvZip(doc: ModelDocument): Buffer {
    const csv = writeArchiCsv(doc);
    return Buffer.from(
      zipSync({
        'elements.csv': strToU8(csv.elements),
        'relations.csv': strToU8(csv.relations),
        'properties.csv': strToU8(csv.properties),
      }),
    );
  }
}

export function fileSlug(name: Record<string, string>): string {
  const base = name.fi ?? name.en ?? Object.values(name)[0] ?? 'model';
  return (
    base
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'model'
  );
}
