import * as fs from 'fs';
import * as path from 'path';
import {
  compareDocuments,
  parseArchiCsv,
  writeArchiCsv,
  type ArchiCsvFiles,
} from '@kartasto/exchange';

/*
 * Archi CSV conformance (shared/corpora/csv): every set parses with Archi's semantics and
 * survives write + parse unchanged.
 */
const corpusDir = process.env.CORPUS_DIR ?? path.resolve(__dirname, '../../../shared/corpora');
const csvDir = path.join(corpusDir, 'csv');

/** Groups "<prefix>-elements.csv" etc. (or plain elements.csv) into sets per folder and prefix. */
function csvSets(): [string, ArchiCsvFiles][] {
  const sets = new Map<string, ArchiCsvFiles>();
  for (const folder of fs.readdirSync(csvDir).sort()) {
    const dir = path.join(csvDir, folder);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const match = /^(.*?)-?(elements|relations|properties)\.csv$/.exec(name);
      if (!match) continue;
      const key = `${folder}/${match[1] || folder}`;
      const set = sets.get(key) ?? {};
      set[match[2] as keyof ArchiCsvFiles] = fs.readFileSync(path.join(dir, name));
      sets.set(key, set);
    }
  }
  // Archi imports relation-only files into a model that has the elements; Archi's tests pair
  // them with test4's elements, whose ids (e1..e4) they use.
  for (const [key, set] of sets) {
    if (!set.elements && set.relations) {
      const base = path.join(path.dirname(path.join(csvDir, key)), 'test4-elements.csv');
      if (fs.existsSync(base)) set.elements = fs.readFileSync(base);
    }
  }
  return [...sets.entries()];
}

if (!fs.existsSync(csvDir)) {
  describe('Archi CSV corpus', () => {
    it('is not available', () => {
      console.warn(
        `CSV corpus not found at ${csvDir}: set CORPUS_DIR to run the conformance suite.`,
      );
    });
  });
} else {
  describe('Archi CSV corpus: every set round-trips', () => {
    it.each(csvSets())('%s', (_name, files) => {
      const doc = parseArchiCsv(files);
      expect(doc.elements.length + doc.relationships.length).toBeGreaterThan(0);
      const written = writeArchiCsv(doc);
      expect(compareDocuments(doc, parseArchiCsv(written))).toEqual([]);
    });
  });

  describe('Archi CSV corpus: Archi semantics', () => {
    const read = (file: string) => fs.readFileSync(path.join(csvDir, file));

    it('reads test1: model row, multi-line documentation, doubled quotes, properties by key', () => {
      const doc = parseArchiCsv({
        elements: read('archi-tests/test1-elements.csv'),
        relations: read('archi-tests/test1-relations.csv'),
        properties: read('archi-tests/test1-properties.csv'),
      });
      expect(doc.id).toBe('862677a6');
      expect(doc.documentation['']).toBe(
        'This is the Purpose of the Model.\r\nIt has a line break and "some" quotes.\r\n',
      );
      expect(doc.properties).toHaveLength(2);
      const actor = doc.elements.find((e) => e.id === 'f00aa5b4')!;
      expect(actor.specialization).toBe('Specialization1');
      expect(actor.properties).toHaveLength(4);
      expect(doc.propertyDefinitions.map((d) => d.name[''])).toEqual([
        'Property 1',
        'Property 2',
        'Property 3',
        'This',
      ]);
      expect(doc.relationships.find((r) => r.id === '5854f8a3')!.properties).toHaveLength(1);
    });

    it('generates ids for blank ID cells (test3) and reads comment lines (test5)', () => {
      const doc = parseArchiCsv({
        elements: read('archi-tests/test3-elements.csv'),
        relations: read('archi-tests/test3-relations.csv'),
      });
      expect(doc.elements).toHaveLength(5);
      expect(new Set(doc.elements.map((e) => e.id)).size).toBe(5);
      expect(doc.relationships[0].id).not.toBe('');
      expect(
        parseArchiCsv({ elements: read('archi-tests/test5-elements.csv') }).elements.map(
          (e) => e.id,
        ),
      ).toEqual(['id1', 'id2']);
    });

    it('keeps the last row of a repeated ID (test6, LF line ends)', () => {
      const doc = parseArchiCsv({
        elements: read('archi-tests/test4-elements.csv'),
        relations: read('archi-tests/test6-relations.csv'),
      });
      expect(doc.relationships).toHaveLength(1);
      expect(doc.relationships[0]).toMatchObject({ id: 'r1', sourceId: 'e2', targetId: 'e4' });
    });

    it('writes the Digime export back byte for byte as Archi did', () => {
      const files = {
        elements: read('digime/elements.csv'),
        relations: read('digime/relations.csv'),
        properties: read('digime/properties.csv'),
      };
      const doc = parseArchiCsv(files);
      expect(doc.elements.length).toBe(1516);
      expect(doc.elements.filter((e) => e.type === 'OrJunction')).toHaveLength(1);
      const written = writeArchiCsv(doc);
      expect(written.elements).toBe(files.elements.toString('utf8'));
      expect(written.relations).toBe(files.relations.toString('utf8'));
    });
  });
}
