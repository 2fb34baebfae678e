import { compareDocuments, parseExchange } from '@kartasto/exchange';
import { strToU8, zipSync } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../apps/api/src/audit/audit.service';
import { openDatabase } from '../../apps/api/src/database/data-source';
import { ExportService } from '../../apps/api/src/exchange/export.service';
import { ImportService } from '../../apps/api/src/exchange/import.service';
import { ModelAccessService } from '../../apps/api/src/models/model-access.service';
import { corpusDir, filesUnder, hasCorpus, hasXmllint, validateXsd } from '../support/corpus';
import { createTenant } from '../support/fixtures';
import { rowCounts } from '../support/row-counts';
import { createTestDatabase } from '../support/test-app';

/**
 * Every corpus file through the real database: import -> export -> XSD -> re-import, and the
 * model must come back the same. Negative files are refused with nothing written.
 */
const describeCorpus = hasCorpus ? describe : describe.skip;
if (!hasCorpus) {
  describe('interoperability corpus through the database', () => {
    it('is absent, so the conformance suite did not run', () => {
      console.warn(`Corpus folder ${corpusDir} not found: set CORPUS_DIR to run the conformance suite.`);
    });
  });
}

describeCorpus('interoperability corpus through the database', () => {
  let db: DataSource;
  let importer: ImportService;
  let exporter: ExportService;
  let orgId: string;
  let userId: string;
  let tmp: string;

  beforeAll(async () => {
    db = await openDatabase(await createTestDatabase(), 4);
    const tenant = await createTenant(db, 'corpus', [{ email: 'corpus@kartasto.fi', role: 'editor' }]);
    orgId = tenant.organizationId;
    userId = tenant.userIds[0];
    importer = new ImportService(db, new ModelAccessService(db), new AuditService());
    exporter = new ExportService(db);
    tmp = await mkdtemp(join(tmpdir(), 'kartasto-corpus-'));
  });
  afterAll(() => db?.destroy());

  const importFile = (filePath: string, format: 'exchange' | 'csv', intoModelId?: string) =>
    importer.run({
      userId,
      organizationId: orgId,
      intoModelId,
      format,
      mode: 'apply',
      filePath,
      fileName: basename(filePath),
      maxBytes: 200 * 1024 * 1024,
    });

  const exchangeFiles = filesUnder(join(corpusDir, 'exchange'), /\.xml$/i).filter(
    (f) => !/\/(negative|legacy-2\.1)\//.test(f),
  );

  it.each(exchangeFiles.map((f) => [relative(corpusDir, f), f]))('%s survives import -> export -> re-import', async (_name, file) => {
    const original = await parseExchange(readFileSync(file));
    const first = await importFile(file, 'exchange');
    const stored = await exporter.read(first.modelId!);
    const out = join(tmp, `${basename(file)}.export.xml`);
    writeFileSync(out, [...exporter.exchange(stored)].join(''));
    if (hasXmllint) expect(validateXsd(out)).toBe('');
    const reparsed = await parseExchange(readFileSync(out));
    // A file without a model name gets the file's name: Kartasto's models always have one.
    if (!Object.keys(original.name).length) expect(reparsed.name).toEqual({ fi: basename(file) });
    expect(compareDocuments(original, reparsed, { ignoreModelHeader: !Object.keys(original.name).length })).toEqual([]);
    // And the export imports again as the same model.
    const second = await importFile(out, 'exchange');
    expect(compareDocuments(stored, await exporter.read(second.modelId!))).toEqual([]);
    // Merging the same file again changes nothing.
    const again = await importer.run({
      userId, organizationId: orgId, intoModelId: first.modelId!, format: 'exchange', mode: 'preview', filePath: file, maxBytes: 2e8,
    });
    expect(again.preview.elements).toMatchObject({ new: 0, changed: 0, missing: 0 });
    expect(again.preview.relationships).toMatchObject({ new: 0, changed: 0, missing: 0 });
  });

  const negatives = filesUnder(join(corpusDir, 'exchange/negative'), /\.xml$/i).concat(
    filesUnder(join(corpusDir, 'exchange/legacy-2.1'), /\.xml$/i),
  );
  it.each(negatives.map((f) => [relative(corpusDir, f), f]))('%s is refused with a clear message and nothing written', async (_n, file) => {
    const before = await rowCounts(db);
    const error = await importFile(file, 'exchange').then(
      () => null,
      (e: Error & { code?: string; details?: Record<string, unknown> }) => e,
    );
    expect(error).not.toBeNull();
    expect(error!.code).toBe('IMPORT_FAILED');
    expect(error!.message.length).toBeGreaterThan(20);
    expect(await rowCounts(db)).toEqual(before);
  });

  const csvSets = [...new Set(filesUnder(join(corpusDir, 'csv'), /elements\.csv$/i).map((f) => f))];
  it.each(csvSets.map((f) => [relative(corpusDir, f), f]))('CSV set %s imports with Archi semantics and round-trips', async (_n, elementsFile) => {
    const prefix = basename(elementsFile).replace(/elements\.csv$/i, '');
    const dir = dirname(elementsFile);
    const read = (kind: string) => {
      try {
        return readFileSync(join(dir, `${prefix}${kind}.csv`));
      } catch {
        return undefined;
      }
    };
    const entries: Record<string, Uint8Array> = { 'elements.csv': read('elements')! };
    const rel = read('relations');
    const props = read('properties');
    if (rel) entries['relations.csv'] = rel;
    if (props) entries['properties.csv'] = props;
    const zip = join(tmp, `${prefix || 'set'}-${basename(dir)}.zip`);
    writeFileSync(zip, zipSync(entries));
    const result = await importFile(zip, 'csv');
    const stored = await exporter.read(result.modelId!);
    expect(stored.elements.length).toBeGreaterThan(0);
    const again = join(tmp, `${prefix || 'set'}-${basename(dir)}-export.zip`);
    writeFileSync(again, exporter.csvZip(stored));
    const second = await importFile(again, 'csv');
    expect(compareDocuments(stored, await exporter.read(second.modelId!), { ignoreModelHeader: true })).toEqual([]);
    void strToU8;
  });
});
