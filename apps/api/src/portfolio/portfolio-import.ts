import type { LangMap, PropertyDoc } from '@kartasto/metamodel';
import { parse as parseCsv } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { conflict, DomainError } from '../common/domain-error';
import {
  CORE_COLUMNS,
  PORTFOLIO_ATTRIBUTES,
  PORTFOLIO_LANGS,
  SYSTEM_SPECIALIZATION,
  TRANSFER_METHOD,
  type PortfolioAttribute,
} from './portfolio-attributes';
import { DERIVED_COLUMNS, INTERFACE_COLUMNS, SHEET_NAMES } from './portfolio-export';
import type { PortfolioRowData } from './portfolio-filter';
import {
  asValueLists,
  ensureDefinitions,
  loadPortfolioRows,
  loadValueLists,
  type PortfolioModelRef,
  type Queryable,
} from './portfolio-store';
import { normaliseValue, withAttribute, type ValueLists } from './portfolio-values';
import { readXlsx, type XlsxCell, type XlsxSheet } from './xlsx-reader';

export interface ImportProblem {
  sheet: string;
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  /** Column letter and header, e.g. "P (Elinkaaren tila)". */
  column: string;
  message: string;
  value?: string;
}

export interface ImportChange {
  key: string;
  column: string;
  before: string | null;
  after: string | null;
}

export interface ImportRowPreview {
  sheet: string;
  row: number;
  identifier: string;
  name: string;
  status: 'new' | 'changed';
  changes: ImportChange[];
}

export interface ImportReport {
  format: 'xlsx' | 'csv';
  mode: 'preview' | 'apply';
  applied: boolean;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  interfaceChangeCount: number;
  problems: ImportProblem[];
  /** Not blocking: e.g. columns Kartasto does not know, which are ignored. */
  warnings: ImportProblem[];
  /** New and changed rows (the first 1,000). */
  rows: ImportRowPreview[];
}

interface ParsedTable {
  sheet: string;
  headerRow: number;
  headers: string[];
  rows: { row: number; cells: XlsxCell[] }[];
}

export interface ParsedPortfolioFile {
  format: 'xlsx' | 'csv';
  systems: ParsedTable | null;
  interfaces: ParsedTable | null;
}

export const MAX_IMPORT_ROWS = 50_000;

const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const letter = (i: number): string => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** A CSV cell that export escaped with an apostrophe gets its original text back. */
const unescapeCsv = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

function toTable(sheet: XlsxSheet): ParsedTable | null {
  const first = sheet.rows.find((r) =>
    r.cells.some((c) => c !== null && c !== undefined && String(c).trim() !== ''),
  );
  if (!first) return null;
  const headers: string[] = [];
  first.cells.forEach((c, i) => (headers[i] = c === null || c === undefined ? '' : String(c)));
  return {
    sheet: sheet.name,
    headerRow: first.row,
    headers,
    rows: sheet.rows.filter((r) => r.row > first.row),
  };
}

/** Reads an XLSX (checked before inflating) or CSV (semicolon, comma or tab separated) portfolio file. */
export function parsePortfolioFile(buf: Buffer): ParsedPortfolioFile {
  if (buf.length >= 2 && buf[0] === 0x50 && buf[1] === 0x4b) {
    const sheets = readXlsx(buf);
    const byName = (names: Record<string, string>) =>
      sheets.find((s) => Object.values(names).some((n) => fold(n) === fold(s.name)));
    const systems = byName(SHEET_NAMES.systems) ?? sheets[0];
    const interfaces = byName(SHEET_NAMES.interfaces);
    return {
      format: 'xlsx',
      systems: systems ? toTable(systems) : null,
      interfaces: interfaces ? toTable(interfaces) : null,
    };
  }
  if (buf.includes(0))
    throw new DomainError(
      'IMPORT_FAILED',
      'The file is neither an XLSX workbook nor a text CSV file.',
    );
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t']
    .map((d) => [d, firstLine.split(d).length] as const)
    .sort((x, y) => y[1] - x[1]);
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter: counts[0][0],
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (e) {
    throw new DomainError('IMPORT_FAILED', `The CSV file cannot be read: ${(e as Error).message}`);
  }
  const sheet: XlsxSheet = {
    name: 'CSV',
    rows: records.map((cells, i) => ({
      row: i + 1,
      cells: cells.map((c) => (c === '' ? null : unescapeCsv(c))),
    })),
  };
  return { format: 'csv', systems: toTable(sheet), interfaces: null };
}

type ColumnKey =
  | { kind: 'core'; key: string }
  | { kind: 'attr'; attr: PortfolioAttribute }
  | { kind: 'derived'; key: string };

const HEADER_INDEX: ReadonlyMap<string, ColumnKey> = (() => {
  const m = new Map<string, ColumnKey>();
  // First come, first kept: a label never shadows an earlier column's label or key.
  const add = (texts: string[], key: ColumnKey) =>
    texts.forEach((t) => m.has(fold(t)) || m.set(fold(t), key));
  for (const c of CORE_COLUMNS)
    add([...Object.values(c.label), c.key], { kind: 'core', key: c.key });
  for (const a of PORTFOLIO_ATTRIBUTES)
    add([...Object.values(a.label), a.key, a.identifier], { kind: 'attr', attr: a });
  for (const c of DERIVED_COLUMNS)
    add([...Object.values(c.label), c.key], { kind: 'derived', key: c.key });
  return m;
})();

const INTERFACE_HEADER_INDEX: ReadonlyMap<string, string> = new Map(
  INTERFACE_COLUMNS.flatMap((c) =>
    [c.key, ...Object.values(c.label)].map((t) => [fold(t), c.key] as const),
  ),
);

const cellText = (c: XlsxCell | undefined): string =>
  c === null || c === undefined ? '' : String(c).trim();

export interface PlannedUpdate {
  id: string;
  expectedVersion: number;
  name: LangMap;
  documentation: LangMap;
  properties: PropertyDoc[];
  before: { name: LangMap; documentation: LangMap; properties: PropertyDoc[] };
}

export interface PlannedInsert {
  identifier: string;
  name: LangMap;
  documentation: LangMap;
  properties: PropertyDoc[];
}

export interface PlannedInterfaceChange {
  relationshipId: string;
  expectedVersion: number;
  transferMethod: string | null;
}

export interface ImportPlan {
  report: ImportReport;
  updates: PlannedUpdate[];
  inserts: PlannedInsert[];
  interfaceChanges: PlannedInterfaceChange[];
  attributesUsed: PortfolioAttribute[];
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Compares a parsed file with the model's portfolio: new and changed rows, and a problem
 * (sheet, row, column) for everything that cannot be stored. Pure apart from its inputs.
 */
export function planImport(
  file: ParsedPortfolioFile,
  existing: readonly PortfolioRowData[],
  takenIdentifiers: ReadonlySet<string>,
  lists: ValueLists,
  mode: 'preview' | 'apply',
): ImportPlan {
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const previews: ImportRowPreview[] = [];
  const updates: PlannedUpdate[] = [];
  const inserts: PlannedInsert[] = [];
  const used = new Set<PortfolioAttribute>();
  let unchanged = 0;
  const report = (): ImportReport => ({
    format: file.format,
    mode,
    applied: false,
    newCount: inserts.length,
    changedCount: updates.length,
    unchangedCount: unchanged,
    interfaceChangeCount: interfaceChanges.length,
    problems,
    warnings,
    rows: previews.slice(0, 1000),
  });
  const interfaceChanges: PlannedInterfaceChange[] = [];
  const t = file.systems;
  if (!t) {
    problems.push({
      sheet: file.format === 'csv' ? 'CSV' : '-',
      row: 1,
      column: '-',
      message: 'The file has no systems table (header row missing).',
    });
    return { report: report(), updates, inserts, interfaceChanges, attributesUsed: [] };
  }
  const columns: { index: number; label: string; key: ColumnKey }[] = [];
  const seenKeys = new Set<string>();
  t.headers.forEach((h, i) => {
    if (!h.trim()) return;
    const key = HEADER_INDEX.get(fold(h));
    const label = `${letter(i)} (${h.trim()})`;
    if (!key) {
      warnings.push({
        sheet: t.sheet,
        row: t.headerRow,
        column: label,
        message: 'Kartasto does not know this column; it is ignored.',
      });
      return;
    }
    const id = key.kind === 'attr' ? key.attr.key : key.key;
    if (seenKeys.has(id)) {
      problems.push({
        sheet: t.sheet,
        row: t.headerRow,
        column: label,
        message: 'This column appears twice.',
      });
      return;
    }
    seenKeys.add(id);
    columns.push({ index: i, label, key });
  });
  const idCol = columns.find((c) => c.key.kind === 'core' && c.key.key === 'identifier');
  const versionCol = columns.find((c) => c.key.kind === 'derived' && c.key.key === 'rowVersion');
  const byIdentifier = new Map(existing.map((r) => [r.identifier, r]));
  const seenIds = new Map<string, number>();
  const dataRows = t.rows.filter((r) => r.cells.some((c) => cellText(c) !== ''));
  if (dataRows.length > MAX_IMPORT_ROWS)
    problems.push({
      sheet: t.sheet,
      row: t.headerRow,
      column: '-',
      message: `The file has ${dataRows.length} rows; at most ${MAX_IMPORT_ROWS} are accepted.`,
    });
  else
    for (const r of dataRows) {
      const at = (c: { label: string }, message: string, value?: string) =>
        problems.push({ sheet: t.sheet, row: r.row, column: c.label, message, value });
      const identifier = idCol ? cellText(r.cells[idCol.index]) : '';
      const current = identifier ? byIdentifier.get(identifier) : undefined;
      if (identifier) {
        const dup = seenIds.get(identifier);
        if (dup !== undefined)
          at(idCol!, `The identifier is already used on row ${dup} of this file.`, identifier);
        seenIds.set(identifier, r.row);
        if (!current && !NCNAME.test(identifier))
          at(
            idCol!,
            'An identifier starts with a letter or _ and has only letters, digits, _ . and -.',
            identifier,
          );
        else if (!current && takenIdentifiers.has(identifier))
          at(
            idCol!,
            'This identifier belongs to another kind of element or relationship in the model.',
            identifier,
          );
      }
      if (current && versionCol) {
        const v = cellText(r.cells[versionCol.index]);
        if (v && Number(v) !== current.version)
          at(
            versionCol,
            `The system was changed in Kartasto after this file was exported (version ${v}, now ${current.version}). Export again and redo the change.`,
            v,
          );
      }
      const name: LangMap = { ...(current?.name ?? {}) };
      const documentation: LangMap = { ...(current?.documentation ?? {}) };
      let properties: PropertyDoc[] = current?.properties ?? [];
      const changes: ImportChange[] = [];
      let rowOk = true;
      let nameColumns = false;
      for (const c of columns) {
        const raw = r.cells[c.index];
        if (c.key.kind === 'core' && c.key.key !== 'identifier') {
          const [field, lang] = c.key.key.split('.');
          const map = field === 'name' ? name : documentation;
          if (field === 'name') nameColumns = true;
          const next = cellText(raw);
          const before = map[lang] ?? '';
          if (next.length > 100_000) {
            at(c, 'The text is too long.');
            rowOk = false;
          } else if (next !== before) {
            if (next) map[lang] = next;
            else delete map[lang];
            changes.push({
              key: c.key.key,
              column: c.label,
              before: before || null,
              after: next || null,
            });
          }
        } else if (c.key.kind === 'attr') {
          const attr = c.key.attr;
          const n = normaliseValue(attr, typeof raw === 'boolean' ? String(raw) : raw, lists);
          if (!n.ok) {
            at(c, n.message, cellText(raw));
            rowOk = false;
            continue;
          }
          const before = current?.values[attr.key] ?? null;
          if (n.value !== before) {
            properties = withAttribute(properties, attr, n.value);
            used.add(attr);
            changes.push({ key: attr.key, column: c.label, before, after: n.value });
          }
        }
      }
      const hasName =
        PORTFOLIO_LANGS.some((l) => (name[l] ?? '').trim()) || (name[''] ?? '').trim();
      if (!hasName && (nameColumns || !current)) {
        const nameCol = columns.find((c) => c.key.kind === 'core' && c.key.key.startsWith('name.'));
        problems.push({
          sheet: t.sheet,
          row: r.row,
          column: nameCol?.label ?? '-',
          message: 'A system needs a name in at least one language.',
        });
        rowOk = false;
      }
      if (!rowOk) continue;
      const label = name.fi || name.sv || name.en || name[''] || identifier;
      if (current) {
        if (!changes.length) {
          unchanged++;
          continue;
        }
        updates.push({
          id: current.elementId,
          expectedVersion: current.version,
          name,
          documentation,
          properties,
          before: {
            name: current.name,
            documentation: current.documentation,
            properties: current.properties,
          },
        });
        previews.push({
          sheet: t.sheet,
          row: r.row,
          identifier,
          name: label,
          status: 'changed',
          changes,
        });
      } else {
        const id = identifier || `id-${randomUUID()}`;
        inserts.push({ identifier: id, name, documentation, properties });
        previews.push({
          sheet: t.sheet,
          row: r.row,
          identifier: id,
          name: label,
          status: 'new',
          changes,
        });
      }
    }
  planInterfaces(file.interfaces, existing, lists, problems, warnings, interfaceChanges);
  if (interfaceChanges.length) used.add(TRANSFER_METHOD);
  return { report: report(), updates, inserts, interfaceChanges, attributesUsed: [...used] };
}

/** The interfaces sheet may change transfer methods only; everything else there is derived. */
function planInterfaces(
  t: ParsedTable | null,
  existing: readonly PortfolioRowData[],
  lists: ValueLists,
  problems: ImportProblem[],
  warnings: ImportProblem[],
  out: PlannedInterfaceChange[],
) {
  if (!t) return;
  const col = (key: string) => {
    const i = t.headers.findIndex((h) => INTERFACE_HEADER_INDEX.get(fold(h ?? '')) === key);
    return i < 0 ? null : { index: i, label: `${letter(i)} (${t.headers[i]})` };
  };
  const idCol = col('relationshipIdentifier');
  const methodCol = col('transferMethod');
  const versionCol = col('relationshipVersion');
  if (!idCol || !methodCol) return;
  const known = new Map<string, { id: string; version: number; method: string | null }>();
  for (const r of existing)
    for (const i of r.interfaces)
      known.set(i.relationshipIdentifier, {
        id: i.relationshipId,
        version: i.relationshipVersion,
        method: i.transferMethod,
      });
  // A relationship between two systems is listed twice; a change on either row wins.
  const wanted = new Map<
    string,
    {
      rel: { id: string; version: number; method: string | null };
      value: string | null;
      row: number;
    }
  >();
  for (const r of t.rows) {
    const ident = cellText(r.cells[idCol.index]);
    if (!ident) continue;
    const rel = known.get(ident);
    if (!rel) {
      warnings.push({
        sheet: t.sheet,
        row: r.row,
        column: idCol.label,
        message: 'No such interface in this model; the row is ignored.',
        value: ident,
      });
      continue;
    }
    const n = normaliseValue(
      TRANSFER_METHOD,
      r.cells[methodCol.index] as string | number | null,
      lists,
    );
    if (!n.ok) {
      problems.push({
        sheet: t.sheet,
        row: r.row,
        column: methodCol.label,
        message: n.message,
        value: cellText(r.cells[methodCol.index]),
      });
      continue;
    }
    if (n.value === rel.method) continue;
    const v = versionCol ? cellText(r.cells[versionCol.index]) : '';
    if (v && Number(v) !== rel.version) {
      problems.push({
        sheet: t.sheet,
        row: r.row,
        column: versionCol!.label,
        message: `The interface was changed in Kartasto after the export (version ${v}, now ${rel.version}).`,
        value: v,
      });
      continue;
    }
    const prev = wanted.get(rel.id);
    if (prev && prev.value !== n.value) {
      problems.push({
        sheet: t.sheet,
        row: r.row,
        column: methodCol.label,
        message: `Row ${prev.row} gives this interface a different transfer method.`,
      });
      continue;
    }
    wanted.set(rel.id, { rel, value: n.value, row: r.row });
  }
  for (const w of wanted.values())
    out.push({ relationshipId: w.rel.id, expectedVersion: w.rel.version, transferMethod: w.value });
}

export interface ImportActor {
  userId: string | null;
  requestId?: string | null;
}

/**
 * Preview or apply a portfolio file for one model. Apply runs in one transaction with the
 * model's systems locked: it writes everything or, on any problem, nothing.
 */
export async function runPortfolioImport(
  db: { transaction<T>(fn: (em: Queryable) => Promise<T>): Promise<T> } & Queryable,
  model: PortfolioModelRef,
  buf: Buffer,
  mode: 'preview' | 'apply',
  actor: ImportActor,
): Promise<ImportReport> {
  const file = parsePortfolioFile(buf);
  const plan = async (q: Queryable, lock: boolean) => {
    const lists = await loadValueLists(q, [model.organizationId]);
    const rows = await loadPortfolioRows(q, [model], lists, { lock });
    const taken: { identifier: string }[] = await q.query(
      `SELECT identifier FROM element WHERE model_id = $1 AND type <> 'ApplicationComponent'
       UNION ALL SELECT identifier FROM relationship WHERE model_id = $1
       UNION ALL SELECT identifier FROM element WHERE model_id = $1 AND type = 'ApplicationComponent' AND deleted_at IS NOT NULL`,
      [model.id],
    );
    return planImport(
      file,
      rows,
      new Set(taken.map((t) => t.identifier)),
      asValueLists(lists.get(model.organizationId)!),
      mode,
    );
  };
  if (mode === 'preview') return (await plan(db, false)).report;
  return db.transaction(async (em) => {
    const p = await plan(em, true);
    if (p.report.problems.length) return p.report;
    await writeImportPlan(em, model, p, actor);
    return { ...p.report, applied: true };
  });
}

/** Writes a checked plan inside the caller's transaction (bulk statements, one audit row per change). */
export async function writeImportPlan(
  em: Queryable,
  model: PortfolioModelRef,
  p: ImportPlan,
  actor: ImportActor,
) {
  await ensureDefinitions(em, model.id, p.attributesUsed);
  const audit: {
    entity_type: string;
    entity_id: string;
    action: string;
    before: unknown;
    after: unknown;
  }[] = [];
  if (p.updates.length) {
    const [rows]: [{ id: string }[]] = await em.query(
      `UPDATE element e SET name = v.name, documentation = v.documentation, properties = v.properties,
              version = e.version + 1, updated_at = now(), updated_by = $2
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, version int, name jsonb, documentation jsonb, properties jsonb)
        WHERE e.id = v.id AND e.version = v.version AND e.deleted_at IS NULL
        RETURNING e.id`,
      [
        JSON.stringify(
          p.updates.map((u) => ({
            id: u.id,
            version: u.expectedVersion,
            name: u.name,
            documentation: u.documentation,
            properties: u.properties,
          })),
        ),
        actor.userId,
      ],
    );
    if (rows.length !== p.updates.length) {
      const done = new Set(rows.map((r) => r.id));
      const lost = p.updates.find((u) => !done.has(u.id))!;
      throw conflict('A system in the file', lost.id, lost.expectedVersion);
    }
    for (const u of p.updates)
      audit.push({
        entity_type: 'element',
        entity_id: u.id,
        action: 'update',
        before: u.before,
        after: { name: u.name, documentation: u.documentation, properties: u.properties },
      });
  }
  if (p.inserts.length) {
    const rows: { id: string; identifier: string }[] = await em.query(
      `INSERT INTO element (model_id, identifier, type, specialization, name, documentation, properties, created_by, updated_by)
       SELECT $1, v.identifier, 'ApplicationComponent', $3, v.name, v.documentation, v.properties, $2, $2
         FROM jsonb_to_recordset($4::jsonb) AS v(identifier text, name jsonb, documentation jsonb, properties jsonb)
       RETURNING id, identifier`,
      [model.id, actor.userId, SYSTEM_SPECIALIZATION, JSON.stringify(p.inserts)],
    );
    const byIdent = new Map(p.inserts.map((i) => [i.identifier, i]));
    for (const r of rows) {
      const i = byIdent.get(r.identifier)!;
      audit.push({
        entity_type: 'element',
        entity_id: r.id,
        action: 'create',
        before: null,
        after: i,
      });
    }
  }
  if (p.interfaceChanges.length) {
    const current: { id: string; version: number; properties: PropertyDoc[] }[] = await em.query(
      'SELECT id, version, properties FROM relationship WHERE id = ANY($1::uuid[]) FOR UPDATE',
      [p.interfaceChanges.map((c) => c.relationshipId)],
    );
    const byId = new Map(current.map((c) => [c.id, c]));
    const changes = p.interfaceChanges.map((c) => {
      const cur = byId.get(c.relationshipId);
      if (!cur || cur.version !== c.expectedVersion)
        throw conflict(
          'An interface in the file',
          c.relationshipId,
          c.expectedVersion,
          cur?.version,
        );
      const properties = withAttribute(cur.properties, TRANSFER_METHOD, c.transferMethod);
      audit.push({
        entity_type: 'relationship',
        entity_id: c.relationshipId,
        action: 'update',
        before: { properties: cur.properties },
        after: { properties },
      });
      return { id: c.relationshipId, version: c.expectedVersion, properties };
    });
    await em.query(
      `UPDATE relationship r SET properties = v.properties, version = r.version + 1, updated_at = now(), updated_by = $2
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, version int, properties jsonb)
        WHERE r.id = v.id AND r.version = v.version`,
      [JSON.stringify(changes), actor.userId],
    );
  }
  if (audit.length)
    await em.query(
      `INSERT INTO audit_event (user_id, organization_id, model_id, entity_type, entity_id, action, before, after, request_id)
       SELECT $1, $2, $3, a.entity_type, a.entity_id, a.action, a.before, a.after, $4
         FROM jsonb_to_recordset($5::jsonb) AS a(entity_type text, entity_id uuid, action text, before jsonb, after jsonb)`,
      [
        actor.userId,
        model.organizationId,
        model.id,
        actor.requestId ?? null,
        JSON.stringify(audit),
      ],
    );
}
