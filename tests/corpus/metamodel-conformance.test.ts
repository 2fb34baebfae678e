/**
 * Kartasto's relationship rules against the ArchiMate 3.2 relationship table as published in
 * the corpus (metamodel/relationships.xml + relationships-keys.xml): every source/target pair
 * must allow exactly the relationship types the standard allows, no fewer and no more.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import {
  ELEMENT_TYPES,
  RELATIONSHIP_CONCEPT,
  RELATIONSHIP_TYPES,
  allowedRelationships,
  isRelationshipAllowed,
} from '@kartasto/metamodel';

const corpusDir = process.env.CORPUS_DIR ?? path.resolve(__dirname, '../../../shared/corpora');
const tableFile = path.join(corpusDir, 'metamodel', 'relationships.xml');
const keysFile = path.join(corpusDir, 'metamodel', 'relationships-keys.xml');

type Attributes = Record<string, string>;

function readTags(file: string, onTag: (name: string, attributes: Attributes) => void): void {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on('error', (err) => {
    failure ??= err;
  });
  parser.on('opentag', (tag) => onTag(tag.name, tag.attributes as Attributes));
  parser.write(readFileSync(file, 'utf8')).close();
  if (failure) throw new Error(`${file}: ${failure.message}`);
}

/** Letter -> relationship type as Kartasto names it ("ServingRelationship" -> "Serving"). */
function readLetters(): Map<string, string> {
  const letters = new Map<string, string>();
  readTags(keysFile, (name, a) => {
    if (name === 'key') letters.set(a.char, a.relationship.replace(/Relationship$/, ''));
  });
  return letters;
}

interface Cell {
  source: string;
  target: string;
  letters: string;
}

function readCells(): Cell[] {
  const cells: Cell[] = [];
  let source = '';
  readTags(tableFile, (name, a) => {
    if (name === 'source') source = a.concept;
    if (name === 'target') cells.push({ source, target: a.concept, letters: a.relations });
  });
  return cells;
}

/** The file's concept names as Kartasto type names: its one Junction is both of ours. */
function kartastoNames(concept: string): string[] {
  if (concept === 'Junction') return ['AndJunction', 'OrJunction'];
  if (concept === 'Relationship') return [RELATIONSHIP_CONCEPT];
  return [concept];
}

const present = existsSync(tableFile) && existsSync(keysFile);

if (!present) {
  describe('metamodel conformance', () => {
    it('is not run: the ArchiMate relationship table corpus is absent', () => {
      console.warn(
        `metamodel conformance NOT checked: ${tableFile} not found. ` +
          'Set CORPUS_DIR to the shared corpora folder to run it.',
      );
    });
  });
} else {
  describe('metamodel conformance with the ArchiMate 3.2 relationship table', () => {
    const letters = readLetters();
    const cells = readCells();
    const ends = [...ELEMENT_TYPES, RELATIONSHIP_CONCEPT];

    it('names exactly the relationship types Kartasto knows', () => {
      expect([...letters.values()].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    });

    it('covers exactly the concepts Kartasto relates, as sources and as targets', () => {
      const sources = new Set(cells.flatMap((c) => kartastoNames(c.source)));
      const targets = new Set(cells.flatMap((c) => kartastoNames(c.target)));
      expect([...sources].sort()).toEqual([...ends].sort());
      expect([...targets].sort()).toEqual([...ends].sort());
    });

    it('agrees with Kartasto on every source/target pair, in both directions', () => {
      const mismatches: string[] = [];
      const checked = new Set<string>();
      for (const cell of cells) {
        const expected = [...new Set(cell.letters)].map((c) => letters.get(c) ?? `?${c}`).sort();
        for (const source of kartastoNames(cell.source)) {
          for (const target of kartastoNames(cell.target)) {
            checked.add(`${source}->${target}`);
            const actual = [...allowedRelationships(source, target)].sort();
            if (actual.join() !== expected.join()) {
              mismatches.push(
                `${source} -> ${target}: standard [${expected}], Kartasto [${actual}]`,
              );
            }
            // The predicate must tell the same story type by type.
            for (const type of RELATIONSHIP_TYPES) {
              if (isRelationshipAllowed(type, source, target) !== expected.includes(type)) {
                mismatches.push(`${source} -${type}-> ${target}: isRelationshipAllowed disagrees`);
              }
            }
          }
        }
      }
      expect(mismatches).toEqual([]);
      // Every pair Kartasto can be asked about was compared, none twice.
      expect(checked.size).toBe(ends.length * ends.length);
      console.info(
        `metamodel conformance: ${cells.length} pairs of the standard's table, ` +
          `${checked.size} Kartasto type pairs x ${RELATIONSHIP_TYPES.length} relationship types checked`,
      );
    });
  });
}
