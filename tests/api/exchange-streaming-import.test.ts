import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../apps/api/src/audit/audit.service';
import { openDatabase } from '../../apps/api/src/database/data-source';
import { ExportService } from '../../apps/api/src/exchange/export.service';
import { ImportService } from '../../apps/api/src/exchange/import.service';
import { previewMerge } from '../../apps/api/src/exchange/import-preview';
import { relaxKeyChecks } from '../../apps/api/src/exchange/model-rows';
import { parseExchange } from '@kartasto/exchange';
import { emptyModelDocument } from '@kartasto/metamodel';
import { ModelAccessService } from '../../apps/api/src/models/model-access.service';
import { createTenant } from '../support/fixtures';
import { rowCounts } from '../support/row-counts';
import { createTestDatabase } from '../support/test-app';

/**
 * A new model is stored while its exchange file is read (StreamingModelWriter). These cases
 * reach the parts of that path ordinary files do not: folders learnt too late, relationships
 * to relationships further on, and a refusal after rows have already gone to the database.
 */
describe('importing an exchange file into a new model while reading it', () => {
  let db: DataSource;
  let importer: ImportService;
  let exporter: ExportService;
  let organizationId: string;
  let userId: string;
  let dir: string;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    db = await openDatabase(databaseUrl, 4);
    const tenant = await createTenant(db, 'stream', [
      { email: 'stream@kartasto.fi', role: 'editor' },
    ]);
    organizationId = tenant.organizationId;
    userId = tenant.userIds[0];
    importer = new ImportService(db, new ModelAccessService(db), new AuditService());
    exporter = new ExportService(db);
    dir = await mkdtemp(join(tmpdir(), 'kartasto-stream-'));
  });
  afterAll(() => db?.destroy());

  const model = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
  <name xml:lang="fi">Virtamalli</name>${body}</model>`;

  async function importText(name: string, text: string) {
    const filePath = join(dir, name);
    await writeFile(filePath, text);
    return importer.run({
      userId,
      organizationId,
      format: 'exchange',
      mode: 'apply',
      filePath,
      fileName: name,
      maxBytes: 50 * 1024 * 1024,
    });
  }

  const folderOf = async (
    table: 'element' | 'relationship' | 'view',
    modelId: string,
    identifier: string,
  ) =>
    (
      await db.query(
        `SELECT f.name->>'' AS folder FROM ${table} x LEFT JOIN folder f ON f.id = x.folder_id
          WHERE x.model_id = $1 AND x.identifier = $2`,
        [modelId, identifier],
      )
    )[0].folder;

  it('files rows by the real <organizations> when a decoy in CDATA came first', async () => {
    const decoy =
      '<![CDATA[<organizations><item><label>Decoy</label><item identifierRef="e1"/><item identifierRef="v1"/></item></organizations>]]>';
    const outcome = await importText(
      'decoy.xml',
      model(`
  <elements>
    <element identifier="e1" xsi:type="BusinessActor"><name>Asiakas</name><documentation>${decoy}</documentation></element>
    <element identifier="e2" xsi:type="BusinessRole"><name>Rooli</name></element>
  </elements>
  <organizations>
    <item><label>Real A</label><item identifierRef="e2"/></item>
    <item><label>Real B</label><item identifierRef="e1"/><item identifierRef="v1"/></item>
  </organizations>
  <views><diagrams><view identifier="v1" xsi:type="Diagram"><name>Kuva</name></view></diagrams></views>`),
    );
    const modelId = outcome.modelId!;
    expect(await folderOf('element', modelId, 'e1')).toBe('Real B');
    expect(await folderOf('element', modelId, 'e2')).toBe('Real A');
    expect(await folderOf('view', modelId, 'v1')).toBe('Real B');
    const folders = await db.query(
      `SELECT name->>'' AS name FROM folder WHERE model_id = $1 ORDER BY sort_order`,
      [modelId],
    );
    expect(folders.map((f: { name: string }) => f.name)).toEqual(['Real A', 'Real B']);
    // The documentation keeps the decoy as text.
    const stored = await exporter.read(modelId);
    expect(stored.elements.find((e) => e.id === 'e1')!.documentation['']).toContain(
      '<organizations>',
    );
  });

  it('stores a relationship whose source is a relationship further on in the file', async () => {
    const outcome = await importText(
      'forward.xml',
      model(`
  <elements>
    <element identifier="a" xsi:type="BusinessActor"><name>A</name></element>
    <element identifier="b" xsi:type="BusinessObject"><name>B</name></element>
    <element identifier="n" xsi:type="Requirement"><name>N</name></element>
  </elements>
  <relationships>
    <relationship identifier="r-note" xsi:type="Association" source="r-later" target="n"/>
    <relationship identifier="r-later" xsi:type="Access" accessType="Write" source="a" target="b"/>
  </relationships>
  <organizations><item><label>Suhteet</label><item identifierRef="r-note"/></item></organizations>`),
    );
    const rows = await db.query(
      `SELECT r.identifier, r.source_relationship_id = l.id AS from_later, r.target_element_id = n.id AS to_n,
              r.source_element_id IS NULL AS no_element_source
         FROM relationship r, relationship l, element n
        WHERE r.model_id = $1 AND r.identifier = 'r-note' AND l.model_id = $1 AND l.identifier = 'r-later'
          AND n.model_id = $1 AND n.identifier = 'n'`,
      [outcome.modelId],
    );
    expect(rows).toEqual([
      { identifier: 'r-note', from_later: true, to_n: true, no_element_source: true },
    ]);
    expect(await folderOf('relationship', outcome.modelId!, 'r-note')).toBe('Suhteet');
  });

  it('points a view reference at a view further on, at its own view, and files views read after their folders', async () => {
    const outcome = await importText(
      'view-refs.xml',
      model(`
  <elements><element identifier="a" xsi:type="BusinessActor"><name>A</name></element></elements>
  <organizations>
    <item><label>Näkymät</label><item identifierRef="v-first"/><item identifierRef="v-later"/></item>
  </organizations>
  <views><diagrams>
    <view identifier="v-first" xsi:type="Diagram"><name>Ensin</name>
      <node identifier="n-a" xsi:type="Element" elementRef="a" x="0" y="0" w="120" h="55"/>
      <node identifier="n-to-later" xsi:type="Label" x="0" y="80" w="120" h="30"><viewRef ref="v-later"/></node>
      <node identifier="n-to-self" xsi:type="Label" x="0" y="120" w="120" h="30"><viewRef ref="v-first"/></node>
    </view>
    <view identifier="v-later" xsi:type="Diagram"><name>Myöhemmin</name>
      <node identifier="n-back" xsi:type="Label" x="0" y="0" w="120" h="30"><viewRef ref="v-first"/></node>
    </view>
  </diagrams></views>`),
    );
    const rows = await db.query(
      `SELECT n.identifier, t.identifier AS points_at, e.identifier AS shows
         FROM view_node n JOIN view v ON v.id = n.view_id
         LEFT JOIN view t ON t.id = n.view_ref_id LEFT JOIN element e ON e.id = n.element_id
        WHERE v.model_id = $1 ORDER BY n.identifier`,
      [outcome.modelId],
    );
    expect(rows).toEqual([
      { identifier: 'n-a', points_at: null, shows: 'a' },
      { identifier: 'n-back', points_at: 'v-first', shows: null },
      { identifier: 'n-to-later', points_at: 'v-later', shows: null },
      { identifier: 'n-to-self', points_at: 'v-first', shows: null },
    ]);
    expect(await folderOf('view', outcome.modelId!, 'v-first')).toBe('Näkymät');
    expect(await folderOf('view', outcome.modelId!, 'v-later')).toBe('Näkymät');
  });

  it('gives the new rows UUIDv7 ids of one sequence, growing in the order they were made', async () => {
    const outcome = await importText(
      'ids.xml',
      model(`
  <elements>
    <element identifier="e1" xsi:type="BusinessActor"><name>1</name></element>
    <element identifier="e2" xsi:type="BusinessRole"><name>2</name></element>
  </elements>
  <relationships>
    <relationship identifier="r1" xsi:type="Assignment" source="e1" target="e2"/>
  </relationships>
  <organizations><item><label>Toimijat</label><item identifierRef="e1"/></item></organizations>
  <views><diagrams>
    <view identifier="v1" xsi:type="Diagram"><name>Näkymä</name>
      <node identifier="n1" xsi:type="Element" elementRef="e1" x="0" y="0" w="120" h="55"/>
      <node identifier="n2" xsi:type="Element" elementRef="e2" x="200" y="0" w="120" h="55"/>
      <connection identifier="c1" xsi:type="Relationship" relationshipRef="r1" source="n1" target="n2"/>
    </view>
  </diagrams></views>`),
    );
    const rows: { id: string; identifier: string }[] = await db.query(
      `SELECT id::text, identifier FROM element WHERE model_id = $1
       UNION ALL SELECT id::text, identifier FROM relationship WHERE model_id = $1
       UNION ALL SELECT id::text, identifier FROM folder WHERE model_id = $1
       UNION ALL SELECT v.id::text, v.identifier FROM view v WHERE v.model_id = $1
       UNION ALL SELECT n.id::text, n.identifier FROM view_node n JOIN view v ON v.id = n.view_id WHERE v.model_id = $1
       UNION ALL SELECT c.id::text, c.identifier FROM view_connection c JOIN view v ON v.id = c.view_id WHERE v.model_id = $1`,
      [outcome.modelId],
    );
    expect(rows).toHaveLength(8);
    for (const { id } of rows)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // One sequence: the same first twelve bytes (the millisecond and the random bits).
    expect(new Set(rows.map(({ id }) => id.slice(0, 28))).size).toBe(1);
    // The file's order, in which the rows were made: e1, e2, r1, then the view and its drawing.
    const idOf = new Map(rows.map((r) => [r.identifier, r.id]));
    const made = ['e1', 'e2', 'r1', 'v1', 'n1', 'n2', 'c1'].map((i) => idOf.get(i)!);
    expect([...made].sort()).toEqual(made);
  });

  it('keeps tabs, line breaks, carriage returns, backslashes and quotes exactly as the file has them', async () => {
    // COPY text escapes differ by column type: free text, JSON (names, properties) and ids.
    const outcome = await importText(
      'escapes.xml',
      model(`
  <elements>
    <element identifier="e" xsi:type="BusinessActor">
      <name xml:lang="fi">Tab&#9;here, C:\\polku\\"lainaus"</name>
      <documentation xml:lang="fi">line one
line two&#13;\\n is not a break&#9;\\t</documentation>
      <properties><property propertyDefinitionRef="p"><value xml:lang="fi">\\\\palvelin&#9;x</value></property></properties>
    </element>
    <element identifier="f" xsi:type="BusinessRole"><name>F</name></element>
  </elements>
  <relationships>
    <relationship identifier="r" xsi:type="Influence" modifier="+\\&#9;-&#10;" source="e" target="f"/>
  </relationships>
  <propertyDefinitions>
    <propertyDefinition identifier="p" type="string"><name>Palvelin\\nimi</name></propertyDefinition>
  </propertyDefinitions>`),
    );
    const stored = await exporter.read(outcome.modelId!);
    const e = stored.elements.find((x) => x.id === 'e')!;
    expect(e.name).toEqual({ fi: 'Tab\there, C:\\polku\\"lainaus"' });
    expect(e.documentation).toEqual({ fi: 'line one\nline two\r\\n is not a break\t\\t' });
    expect(e.properties).toEqual([{ definitionId: 'p', value: { fi: '\\\\palvelin\tx' } }]);
    expect(stored.relationships[0].influenceStrength).toBe('+\\\t-\n');
    expect(stored.propertyDefinitions[0].name).toEqual({ '': 'Palvelin\\nimi' });
  });

  it('stores text longer than a COPY batch, in characters of every UTF-8 length', async () => {
    // Lines are encoded into 1 MB batches as they are made; this one does not fit any.
    const long = 'aä€😀\t'.repeat(300_000);
    const outcome = await importText(
      'long.xml',
      model(`
  <elements>
    <element identifier="before" xsi:type="Goal"><name>${'ö'.repeat(1000)}</name></element>
    <element identifier="long" xsi:type="Goal"><documentation xml:lang="fi">${long}</documentation></element>
    <element identifier="after" xsi:type="Goal"><name>😀</name></element>
  </elements>`),
    );
    const stored = await exporter.read(outcome.modelId!);
    const byId = new Map(stored.elements.map((e) => [e.id, e]));
    expect(byId.size).toBe(3);
    expect(byId.get('long')!.documentation.fi === long).toBe(true);
    expect(byId.get('before')!.name['']).toBe('ö'.repeat(1000));
    expect(byId.get('after')!.name['']).toBe('😀');
  });

  it('gathers the same preview while storing as comparing the whole file with an empty model', async () => {
    // Over 500 items (the list is cut), rule violations among relationships written at once
    // and among those that waited for a later relationship, and folders.
    const goals = Array.from(
      { length: 520 },
      (_, i) =>
        `<element identifier="g${i}" xsi:type="Goal"><name xml:lang="en">Goal ${i}</name></element>`,
    ).join('');
    const text = model(`
  <elements>${goals}</elements>
  <relationships>
    <relationship identifier="bad-late" xsi:type="Serving" source="g0" target="later"/>
    <relationship identifier="ok" xsi:type="Influence" source="g1" target="g2"/>
    <relationship identifier="bad-now" xsi:type="Triggering" source="g3" target="g4"/>
    <relationship identifier="later" xsi:type="Association" source="g5" target="g6"/>
  </relationships>
  <organizations><item><label>Tavoitteet</label><item identifierRef="g7"/></item></organizations>`);
    const outcome = await importText('preview.xml', text);
    const expected = previewMerge(emptyModelDocument(), await parseExchange(text));
    expect(expected.warnings.map((w) => w.identifier)).toEqual(['bad-late', 'bad-now']);
    expect(expected.itemsTruncated).toBe(true);
    expect(outcome.preview).toEqual(expected);
  });

  it('stores while reading, with every key checked at the commit, when the database role is not a superuser', async () => {
    // A deployment's own PostgreSQL usually gives Kartasto a plain role, which may not switch
    // key triggers off: then the keys are checked when the transaction commits.
    const role = `kartasto_app_${process.pid}`;
    await db.query(`CREATE ROLE ${role} LOGIN PASSWORD 'app' NOSUPERUSER`);
    await db.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role}`);
    await db.query(`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    const url = new URL(databaseUrl);
    url.username = role;
    url.password = 'app';
    const plain = await openDatabase(url.toString(), 2);
    try {
      const [{ rolsuper }] = await plain.query(
        'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
      );
      expect(rolsuper).toBe(false);
      const plainImporter = new ImportService(
        plain,
        new ModelAccessService(plain),
        new AuditService(),
      );
      const filePath = join(dir, 'plain-role.xml');
      await writeFile(
        filePath,
        model(`
  <elements>
    <element identifier="a" xsi:type="BusinessActor"><name>A</name></element>
    <element identifier="b" xsi:type="BusinessRole"><name>B</name></element>
  </elements>
  <relationships>
    <relationship identifier="r-note" xsi:type="Association" source="r-later" target="a"/>
    <relationship identifier="r-later" xsi:type="Assignment" source="a" target="b"/>
  </relationships>
  <organizations><item><label>Toimijat</label><item identifierRef="a"/><item identifierRef="b"/></item></organizations>
  <views><diagrams><view identifier="v" xsi:type="Diagram"><name>Kuva</name>
    <node identifier="n-a" xsi:type="Element" elementRef="a" x="0" y="0" w="120" h="55"/>
    <node identifier="n-b" xsi:type="Element" elementRef="b" x="200" y="0" w="120" h="55"/>
    <connection identifier="c" xsi:type="Relationship" relationshipRef="r-later" source="n-a" target="n-b"/>
  </view></diagrams></views>`),
      );
      const phases = new Set<string>();
      const outcome = await plainImporter.run(
        {
          userId,
          organizationId,
          format: 'exchange',
          mode: 'apply',
          filePath,
          fileName: 'plain-role.xml',
          maxBytes: 50 * 1024 * 1024,
        },
        (phase) => phases.add(phase),
      );
      // Stored while read, as for a superuser: no separate write of the whole document.
      expect([...phases]).toEqual(['parse', 'store', 'write']);
      expect(outcome.summary).toMatchObject({
        elements: 2,
        relationships: 2,
        views: 1,
        nodes: 2,
        connections: 1,
        folders: 1,
      });
      expect(await folderOf('element', outcome.modelId!, 'b')).toBe('Toimijat');
      const stored = await exporter.read(outcome.modelId!);
      expect(stored.relationships.find((r) => r.id === 'r-note')).toMatchObject({
        sourceId: 'r-later',
        targetId: 'a',
      });
      // The keys are deferred, not off: a row pointing nowhere is taken, then fails the commit.
      let taken = false;
      await expect(
        plain.transaction(async (em) => {
          expect(await relaxKeyChecks(em)).toBe('deferred');
          await em.query(
            `INSERT INTO element (model_id, identifier, type, folder_id)
             VALUES ($1, 'stray', 'Goal', gen_random_uuid())`,
            [outcome.modelId],
          );
          taken = true;
        }),
      ).rejects.toMatchObject({ code: '23503' });
      expect(taken).toBe(true);
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM element WHERE identifier = 'stray'`,
      );
      expect(n).toBe(0);
    } finally {
      await plain.destroy();
    }
  });

  /** Elements of about 400 bytes each, and a relationship from each to the next. */
  const manyElements = (count: number) => {
    const elements = Array.from(
      { length: count },
      (_, i) =>
        `<element identifier="e${i}" xsi:type="ApplicationComponent"><name xml:lang="fi">Järjestelmä ${i}</name><documentation xml:lang="fi">${'Kuvaus. '.repeat(40)}</documentation></element>`,
    ).join('\n');
    const relationships = Array.from(
      { length: count - 1 },
      (_, i) =>
        `<relationship identifier="r${i}" xsi:type="Flow" source="e${i}" target="e${i + 1}"/>`,
    ).join('\n');
    return `<elements>${elements}</elements><relationships>${relationships}</relationships>`;
  };

  it('sends a table’s rows in one COPY statement for as long as they come', async () => {
    // Counts statements and their rows; ENABLE ALWAYS fires even with key triggers off.
    await db.query(`
      CREATE TABLE copy_statement (tbl text, rows int);
      CREATE FUNCTION count_copy_statement() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO copy_statement SELECT TG_TABLE_NAME, count(*) FROM new_rows; RETURN NULL; END $$;
      CREATE TRIGGER element_statements AFTER INSERT ON element REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION count_copy_statement();
      CREATE TRIGGER relationship_statements AFTER INSERT ON relationship REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION count_copy_statement();
      ALTER TABLE element ENABLE ALWAYS TRIGGER element_statements;
      ALTER TABLE relationship ENABLE ALWAYS TRIGGER relationship_statements;`);
    try {
      const text = model(manyElements(8000));
      expect(text.length).toBeGreaterThan(3 * 1024 * 1024);
      const outcome = await importText('one-statement.xml', text);
      expect(outcome.summary).toMatchObject({ elements: 8000, relationships: 7999 });
      // Over 3 MB of element rows: three batches and more, but one statement.
      expect(await db.query('SELECT tbl, rows FROM copy_statement ORDER BY tbl')).toEqual([
        { tbl: 'element', rows: 8000 },
        { tbl: 'relationship', rows: 7999 },
      ]);
    } finally {
      await db.query(`
        DROP TRIGGER element_statements ON element;
        DROP TRIGGER relationship_statements ON relationship;
        DROP FUNCTION count_copy_statement;
        DROP TABLE copy_statement;`);
    }
  });

  it('rolls everything back when the database refuses a row in the middle of a statement', async () => {
    await db.query(`
      CREATE FUNCTION refuse_e5000() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.identifier = 'e5000' THEN RAISE EXCEPTION 'refused e5000 on purpose'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_e5000 BEFORE INSERT ON element FOR EACH ROW EXECUTE FUNCTION refuse_e5000();
      ALTER TABLE element ENABLE ALWAYS TRIGGER refuse_e5000;`);
    try {
      const before = await rowCounts(db);
      await expect(importText('refused-row.xml', model(manyElements(8000)))).rejects.toThrow(
        /refused e5000 on purpose/,
      );
      expect(await rowCounts(db)).toEqual(before);
    } finally {
      await db.query(`DROP TRIGGER refuse_e5000 ON element; DROP FUNCTION refuse_e5000;`);
    }
    // The pool's connections are clean: the next import works.
    const next = await importText(
      'after-refusal.xml',
      model(
        '<elements><element identifier="x" xsi:type="Goal"><name>X</name></element></elements>',
      ),
    );
    expect(next.summary).toMatchObject({ elements: 1 });
  });

  it('refuses a file whose last view dangles after megabytes of rows went out, and writes nothing', async () => {
    const elements = Array.from(
      { length: 4000 },
      (_, i) =>
        `<element identifier="e${i}" xsi:type="ApplicationComponent"><name xml:lang="fi">Järjestelmä ${i}</name><documentation xml:lang="fi">${'Kuvaus. '.repeat(40)}</documentation></element>`,
    ).join('\n');
    const text = model(`
  <elements>${elements}</elements>
  <views><diagrams><view identifier="v" xsi:type="Diagram"><name>Kuva</name>
    <node identifier="n1" xsi:type="Element" elementRef="e-missing" x="0" y="0" w="120" h="55"/>
  </view></diagrams></views>`);
    expect(text.length).toBeGreaterThan(1.5 * 1024 * 1024);
    const before = await rowCounts(db);
    await expect(importText('dangling.xml', text)).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
      message: expect.stringMatching(
        /Line \d+: view node "n1" \(elementRef\) refers to "e-missing"/,
      ),
    });
    expect(await rowCounts(db)).toEqual(before);
    // The pool's connections are clean: the next import works.
    const next = await importText(
      'after.xml',
      model(
        '<elements><element identifier="x" xsi:type="Goal"><name>X</name></element></elements>',
      ),
    );
    expect(next.summary).toMatchObject({ elements: 1 });
  });
});
