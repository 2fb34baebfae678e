import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  compareDocuments,
  ExchangeError,
  folderHints,
  organizationsSection,
  parseExchange,
  writeExchange,
} from '@kartasto/exchange';
import type { ElementDoc, FolderDoc, RelationshipDoc, ViewDoc } from '@kartasto/metamodel';

/*
 * Conformance of the exchange reader and writer against real files from other tools
 * (shared/corpora/exchange): every good file parses, its export validates against the 3.1 XSD,
 * and reading the export gives the same model; every broken file is refused clearly.
 */
const corpusDir = process.env.CORPUS_DIR ?? path.resolve(__dirname, '../../../shared/corpora');
const exchangeDir = path.join(corpusDir, 'exchange');
const validateScript = path.join(corpusDir, 'xsd/validate/validate.sh');
const haveCorpus = fs.existsSync(exchangeDir);
const haveXmllint =
  spawnSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' }).status === 0;

function filesIn(folder: string): string[] {
  const dir = path.join(exchangeDir, folder);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => path.join(folder, name));
}

function goodFiles(): string[] {
  return fs
    .readdirSync(exchangeDir)
    .filter((folder) => !['negative', 'legacy-2.1'].includes(folder))
    .filter((folder) => fs.statSync(path.join(exchangeDir, folder)).isDirectory())
    .sort()
    .flatMap(filesIn);
}

async function refusal(file: string): Promise<ExchangeError> {
  try {
    await parseExchange(fs.createReadStream(path.join(exchangeDir, file)));
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

if (!haveCorpus) {
  describe('exchange corpus', () => {
    it('is not available', () => {
      console.warn(
        `Exchange corpus not found at ${exchangeDir}: set CORPUS_DIR to run the conformance suite.`,
      );
    });
  });
} else {
  describe('exchange corpus: round trip of every good file', () => {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kartasto-exchange-'));
    afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));
    if (!haveXmllint) {
      it('skips XSD validation', () => {
        console.warn(
          'xmllint is missing (apt-get install -y libxml2-utils): exports are not validated against the XSD.',
        );
      });
    }

    it.each(goodFiles())('%s', async (file) => {
      const doc = await parseExchange(fs.createReadStream(path.join(exchangeDir, file)));
      expect(doc.elements.length).toBeGreaterThan(0);
      const xml = writeExchange(doc);
      if (haveXmllint) {
        const out = path.join(workDir, path.basename(file));
        fs.writeFileSync(out, xml);
        const result = spawnSync('bash', [validateScript, '3.1', out], { encoding: 'utf8' });
        expect({ status: result.status, stderr: result.status === 0 ? '' : result.stderr }).toEqual(
          { status: 0, stderr: '' },
        );
      }
      const again = await parseExchange(xml);
      expect(compareDocuments(doc, again)).toEqual([]);
    });
  });

  describe('exchange corpus: folder hints agree with the reader', () => {
    // The streaming import files elements by hints read ahead from <organizations>; on real
    // files the hints should be right, so no row needs refiling.
    it.each(goodFiles())('%s', async (file) => {
      const full = path.join(exchangeDir, file);
      const ordinals = new Map<FolderDoc, number>();
      const doc = await parseExchange(fs.createReadStream(full), {
        sink: { folder: (f, n) => ordinals.set(f, n) },
      });
      const section = await organizationsSection(fs.createReadStream(full));
      const hints = section ? folderHints(section) : new Map<string, number>();
      expect(hints).toBeDefined();
      const byId = new Map(doc.folders.map((f) => [f.id, f]));
      const wrong = [...doc.elements, ...doc.relationships, ...doc.views].filter(
        (c) => (c.folderId ? ordinals.get(byId.get(c.folderId)!) : undefined) !== hints!.get(c.id),
      );
      expect(wrong.map((c) => c.id)).toEqual([]);
    });
  });

  describe('exchange corpus: a sink without the document gets all of it', () => {
    // The streaming import reads with retain: false; what the sink gets, filed into the
    // folders it is told of, must be the document the reader would have kept.
    it.each(goodFiles())('%s', async (file) => {
      const full = path.join(exchangeDir, file);
      const kept = await parseExchange(fs.createReadStream(full));
      const handed = { elements: [] as ElementDoc[], relationships: [] as RelationshipDoc[] };
      const views: ViewDoc[] = [];
      const filed = new Map<string, FolderDoc>();
      const doc = await parseExchange(fs.createReadStream(full), {
        retain: false,
        sink: {
          element: (e) => handed.elements.push(e),
          relationship: (r) => handed.relationships.push(r),
          view: (v) => views.push(v),
          filed: (id, folder) => filed.set(id, folder),
        },
      });
      expect([doc.elements.length, doc.relationships.length, doc.views.length]).toEqual([0, 0, 0]);
      for (const c of [...handed.elements, ...handed.relationships, ...views]) {
        const folder = filed.get(c.id);
        if (folder) c.folderId = folder.id;
      }
      expect({ ...doc, ...handed, views }).toEqual(kept);
    });
  });

  describe('exchange corpus: known content survives', () => {
    it('keeps the counts of the ArchiSurance and ArchiMetal case studies', async () => {
      const surance = await parseExchange(
        fs.createReadStream(path.join(exchangeDir, 'opengroup/ArchiSurance V3.xml')),
      );
      expect([surance.elements.length, surance.relationships.length, surance.views.length]).toEqual(
        [119, 179, 17],
      );
      const metal = await parseExchange(
        fs.createReadStream(path.join(exchangeDir, 'opengroup/ArchiMetal V3.xml')),
      );
      expect([metal.elements.length, metal.relationships.length, metal.views.length]).toEqual([
        565, 724, 72,
      ]);
    });

    it('keeps Finnish property definitions and values', async () => {
      const doc = await parseExchange(
        fs.createReadStream(
          path.join(exchangeDir, 'finnish/ArchiMate-Maksusitoumus-palveluseteli.xml'),
        ),
      );
      expect([
        doc.elements.length,
        doc.relationships.length,
        doc.views.length,
        doc.propertyDefinitions.length,
      ]).toEqual([137, 209, 14, 52]);
    });

    it('keeps every language of the multilingual file', async () => {
      const doc = await parseExchange(
        fs.createReadStream(path.join(exchangeDir, 'multilingual/Archisurance_portfolios.xml')),
      );
      const languages = new Set(doc.elements.flatMap((e) => Object.keys(e.name)));
      expect(languages.size).toBeGreaterThan(1);
      const again = await parseExchange(writeExchange(doc));
      expect(compareDocuments(doc, again)).toEqual([]);
    });

    it('reads Archi labels with view references and nested nodes', async () => {
      const doc = await parseExchange(
        fs.createReadStream(path.join(exchangeDir, 'archi/archisurance-archi-export.xml')),
      );
      const nodes = doc.views.flatMap((v) => v.nodes);
      expect(nodes.some((n) => n.kind === 'label' && n.viewRefId)).toBe(true);
      expect(nodes.some((n) => n.parentId !== undefined)).toBe(true);
      expect(doc.metadata?.xml).toContain('dc:creator');
    });

    it('decodes the windows-1252 Sparx file', async () => {
      const doc = await parseExchange(
        fs.createReadStream(path.join(exchangeDir, 'cross-tool/aoeff_3_0_sparx.xml')),
      );
      expect(doc.elements.length).toBe(97);
    });
  });

  describe('exchange corpus: broken files are refused with a clear message', () => {
    const expected: Record<string, string> = {
      'negative/genmymodel-digit-leading-ids.xml': 'INVALID_ID',
      'negative/id-attribute-instead-of-identifier.xml': 'MISSING_ATTRIBUTE',
      'negative/property-ref-to-missing-definition.xml': 'MISSING_REFERENCE',
      'negative/propertyDefinitionRef-with-space.xml': 'INVALID_ID',
    };

    it.each(filesIn('negative'))('%s', async (file) => {
      const error = await refusal(file);
      if (expected[file]) expect(error.code).toBe(expected[file]);
      expect(error.line).toBeGreaterThan(0);
      expect(error.message).toMatch(/^Line \d+: /);
    });

    it.each(filesIn('legacy-2.1'))('%s is reported as ArchiMate 2.1', async (file) => {
      const error = await refusal(file);
      expect(error.code).toBe('UNSUPPORTED_VERSION');
      expect(error.message).toContain('2.1');
    });
  });
}
