import { Injectable } from '@nestjs/common';
import type { LangMap } from '@kartasto/metamodel';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { conflict, DomainError, forbidden, notFound, validation } from '../common/domain-error';
import type { RequestContext } from '../common/request-context';
import { lockVersioned } from '../common/versioned-row';
import { ModelAccessService } from '../models/model-access.service';
import type { ModelEntity } from '../models/model.entity';
import {
  ATTRIBUTE_BY_KEY,
  DEFAULT_VALUE_LIST_BY_KEY,
  PORTFOLIO_ATTRIBUTES,
  TRANSFER_METHOD,
  type PortfolioLang,
  type ValueListEntry,
} from './portfolio-attributes';
import {
  filterRows,
  sortRows,
  type PortfolioFilterSpec,
  type PortfolioRowData,
  type PortfolioSortSpec,
} from './portfolio-filter';
import { exportPortfolioFile, type PortfolioFile } from './portfolio-files';
import { runPortfolioImport, type ImportReport } from './portfolio-import';
import {
  asValueLists,
  ensureDefinitions,
  loadPortfolioRows,
  loadValueLists,
  type EffectiveValueList,
} from './portfolio-store';
import { normaliseValue, withAttribute } from './portfolio-values';
import type {
  Portfolio,
  PortfolioLegalReport,
  PortfolioRow,
  PortfolioSavedFilter,
  PortfolioValueLists,
  SavePortfolioFilterInput,
  TransferMethodResult,
  UpdatePortfolioCellInput,
  UpdatePortfolioValueListInput,
} from './dto/portfolio.types';
import { isUuid } from '../common/ids';
import { hasText } from '../common/lang-map.scalar';

const CODE = /^[^\s\p{C}](?:[^\p{C}]{0,98}[^\s\p{C}])?$/u;
const MAX_ROWS = 50_000;

/** The system portfolio: reads, cell edits, value lists, saved filters, files. */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ModelAccessService,
    private readonly audit: AuditService,
  ) {}

  async portfolio(
    ctx: RequestContext,
    modelId: string,
    filter?: PortfolioFilterSpec,
    sort?: PortfolioSortSpec[],
  ): Promise<Portfolio> {
    const model = await this.access.readable(ctx, modelId);
    return this.build(ctx, [model], filter, sort);
  }

  /** All readable models' systems side by side (optionally only the given models). */
  async crossPortfolio(
    ctx: RequestContext,
    modelIds: string[] | undefined,
    filter?: PortfolioFilterSpec,
    sort?: PortfolioSortSpec[],
  ): Promise<Portfolio> {
    let models = await this.access.modelsFor(ctx.user);
    if (modelIds?.length) {
      const wanted = new Set(modelIds);
      models = models.filter((m) => wanted.has(m.id));
    }
    return this.build(ctx, models, filter, sort);
  }

  private async build(
    ctx: RequestContext,
    models: ModelEntity[],
    filter?: PortfolioFilterSpec,
    sort?: PortfolioSortSpec[],
  ): Promise<Portfolio> {
    const orgIds = [...new Set(models.map((m) => m.organizationId))];
    const lists = await loadValueLists(this.db, orgIds);
    const all = await loadPortfolioRows(this.db, models, lists);
    if (all.length > MAX_ROWS)
      throw validation(
        `The portfolio has more than ${MAX_ROWS} systems; narrow it to fewer models.`,
      );
    const rows = sortRows(filterRows(all, filter), sort);
    const orgNames: { id: string; name: LangMap }[] = orgIds.length
      ? await this.db.query('SELECT id, name FROM organization WHERE id = ANY($1::uuid[])', [
          orgIds,
        ])
      : [];
    const orgName = new Map(orgNames.map((o) => [o.id, o.name]));
    return {
      models: models.map((m) => ({
        id: m.id,
        organizationId: m.organizationId,
        name: m.name,
        organizationName: orgName.get(m.organizationId) ?? {},
        canEdit: this.access.canEdit(ctx.user, m),
      })),
      rows: rows as unknown as PortfolioRow[],
      totalCount: all.length,
      attributes: PORTFOLIO_ATTRIBUTES.map((a) => ({
        ...a,
        label: a.label,
        valueList: a.valueList ?? null,
      })),
      valueLists: orgIds.map((org) => this.listsView(ctx, org, lists.get(org)!)),
    };
  }

  private listsView(
    ctx: RequestContext,
    organizationId: string,
    lists: EffectiveValueList[],
  ): PortfolioValueLists {
    return {
      organizationId,
      canEdit: ctx.user?.memberships.get(organizationId) === 'admin',
      lists,
    };
  }

  async legalReport(ctx: RequestContext, modelId: string): Promise<PortfolioLegalReport> {
    const model = await this.access.readable(ctx, modelId);
    const lists = await loadValueLists(this.db, [model.organizationId]);
    const rows = await loadPortfolioRows(this.db, [model], lists);
    const findings = rows
      .filter((r) => r.legalMissing.length)
      .map((r) => ({
        elementId: r.elementId,
        identifier: r.identifier,
        name: r.name,
        missing: r.legalMissing,
      }));
    return {
      systemCount: rows.length,
      compliantCount: rows.length - findings.length,
      findings: findings as PortfolioLegalReport['findings'],
    };
  }

  /** One cell of the table: the same version check as every edit, audited in the same transaction. */
  async updateCell(ctx: RequestContext, input: UpdatePortfolioCellInput): Promise<PortfolioRow> {
    const el = await ctx.loaders.element.load(input.elementId);
    if (!el || el.deletedAt || el.type !== 'ApplicationComponent')
      throw notFound('System', input.elementId);
    const model = await this.access.editable(ctx, el.modelId);
    const lists = await loadValueLists(this.db, [model.organizationId]);
    const valueLists = asValueLists(lists.get(model.organizationId)!);
    const raw = input.value ?? null;
    await this.db.transaction(async (em) => {
      const before = await lockVersioned(em, 'element', 'System', el.id, input.expectedVersion);
      const name = { ...(before.name as LangMap) };
      const documentation = { ...(before.documentation as LangMap) };
      let properties = before.properties as PortfolioRowData['properties'];
      const core = /^(name|description)\.(fi|sv|en)$/.exec(input.attribute);
      if (core) {
        const map = core[1] === 'name' ? name : documentation;
        const text = (raw ?? '').trim();
        if (text.length > 100_000)
          throw validation('The text is too long.', { attribute: input.attribute });
        if (text) map[core[2]] = text;
        else delete map[core[2]];
        if (core[1] === 'name' && !hasText(name))
          throw validation('A system needs a name in at least one language.', {
            attribute: input.attribute,
          });
      } else {
        const attr = ATTRIBUTE_BY_KEY.get(input.attribute);
        if (!attr)
          throw validation(`"${input.attribute}" is not a portfolio attribute.`, {
            attribute: input.attribute,
          });
        const n = normaliseValue(attr, raw, valueLists);
        if (!n.ok) throw validation(n.message, { attribute: input.attribute, value: raw });
        await ensureDefinitions(em, model.id, [attr]);
        properties = withAttribute(properties, attr, n.value);
      }
      const [rows]: [Record<string, unknown>[]] = await em.query(
        `UPDATE element SET name = $3, documentation = $4, properties = $5, version = version + 1,
                updated_at = now(), updated_by = $6
          WHERE id = $1 AND version = $2 AND deleted_at IS NULL RETURNING name, documentation, properties, version`,
        [
          el.id,
          input.expectedVersion,
          name,
          documentation,
          JSON.stringify(properties),
          ctx.user!.id,
        ],
      );
      if (!rows.length) throw conflict('This system', el.id, input.expectedVersion);
      await this.audit.recordEdit(
        em,
        ctx,
        model,
        'element',
        el.id,
        'update',
        { name: before.name, documentation: before.documentation, properties: before.properties },
        rows[0],
      );
    });
    const updated = (await loadPortfolioRows(this.db, [model], lists)).find(
      (r) => r.elementId === el.id,
    );
    if (!updated) throw notFound('System', el.id);
    return updated as unknown as PortfolioRow;
  }

  /** The transfer method of one interface (a flow, serving or triggering relationship). */
  async updateTransferMethod(
    ctx: RequestContext,
    relationshipId: string,
    expectedVersion: number,
    value: string | null,
  ): Promise<TransferMethodResult> {
    const rel = await ctx.loaders.relationship.load(relationshipId);
    if (!rel || rel.deletedAt) throw notFound('Interface', relationshipId);
    if (!['Flow', 'Serving', 'Triggering'].includes(rel.type))
      throw validation('Only flow, serving and triggering relationships are interfaces.', {
        relationshipId,
      });
    const model = await this.access.editable(ctx, rel.modelId);
    const lists = await loadValueLists(this.db, [model.organizationId]);
    const n = normaliseValue(
      TRANSFER_METHOD,
      value,
      asValueLists(lists.get(model.organizationId)!),
    );
    if (!n.ok) throw validation(n.message, { attribute: TRANSFER_METHOD.key, value });
    return this.db.transaction(async (em) => {
      const before = await lockVersioned(
        em,
        'relationship',
        'Interface',
        relationshipId,
        expectedVersion,
      );
      await ensureDefinitions(em, model.id, [TRANSFER_METHOD]);
      const properties = withAttribute(
        before.properties as PortfolioRowData['properties'],
        TRANSFER_METHOD,
        n.value,
      );
      const [[row]] = await em.query(
        `UPDATE relationship SET properties = $3, version = version + 1, updated_at = now(), updated_by = $4
          WHERE id = $1 AND version = $2 RETURNING version`,
        [relationshipId, expectedVersion, JSON.stringify(properties), ctx.user!.id],
      );
      await this.audit.recordEdit(
        em,
        ctx,
        model,
        'relationship',
        relationshipId,
        'update',
        { properties: before.properties },
        { properties },
      );
      return { relationshipId, version: row.version, transferMethod: n.value };
    });
  }

  async valueLists(
    ctx: RequestContext,
    modelId?: string,
    organizationId?: string,
  ): Promise<PortfolioValueLists> {
    let org = organizationId;
    if (modelId) org = (await this.access.readable(ctx, modelId)).organizationId;
    if (!org) throw validation('Give a model or an organisation.');
    if (!modelId && !ctx.user?.memberships.has(org)) throw notFound('Organisation', org);
    const lists = await loadValueLists(this.db, [org]);
    return this.listsView(ctx, org, lists.get(org)!);
  }

  /** An organisation admin replaces one value list; version-checked like every edit. */
  async updateValueList(
    ctx: RequestContext,
    input: UpdatePortfolioValueListInput,
  ): Promise<PortfolioValueLists> {
    if (ctx.user?.memberships.get(input.organizationId) !== 'admin')
      throw forbidden('Only the organisation’s admins may edit its value lists.');
    if (!DEFAULT_VALUE_LIST_BY_KEY.has(input.key))
      throw validation(`"${input.key}" is not a portfolio value list.`, { key: input.key });
    const entries = checkEntries(input.values);
    await this.db.transaction(async (em) => {
      const [current] = await em.query(
        'SELECT entries, version FROM portfolio_value_list WHERE organization_id = $1 AND list_key = $2 FOR UPDATE',
        [input.organizationId, input.key],
      );
      const actual = current?.version ?? 0;
      if (actual !== input.expectedVersion)
        throw conflict('This value list', input.key, input.expectedVersion, actual);
      if (current)
        await em.query(
          `UPDATE portfolio_value_list SET entries = $3, version = version + 1, updated_at = now(), updated_by = $4
            WHERE organization_id = $1 AND list_key = $2`,
          [input.organizationId, input.key, JSON.stringify(entries), ctx.user!.id],
        );
      else
        await em.query(
          `INSERT INTO portfolio_value_list (organization_id, list_key, entries, version, updated_by) VALUES ($1,$2,$3,1,$4)`,
          [input.organizationId, input.key, JSON.stringify(entries), ctx.user!.id],
        );
      await this.audit.record(em, {
        userId: ctx.user!.id,
        organizationId: input.organizationId,
        modelId: null,
        entityType: 'portfolio_value_list',
        entityId: null,
        action: 'update',
        before: {
          key: input.key,
          entries: current?.entries ?? DEFAULT_VALUE_LIST_BY_KEY.get(input.key)!.values,
        },
        after: { key: input.key, entries },
        requestId: ctx.requestId,
      });
    });
    return this.valueLists(ctx, undefined, input.organizationId);
  }

  async savedFilters(
    ctx: RequestContext,
    modelId?: string | null,
  ): Promise<PortfolioSavedFilter[]> {
    const rows = await this.db.query(
      `SELECT id, model_id, name, settings, created_at FROM portfolio_saved_filter
        WHERE user_id = $1 AND (model_id IS NULL OR model_id = $2) ORDER BY name`,
      [ctx.user!.id, modelId ?? null],
    );
    return rows.map(toSavedFilter);
  }

  /** Saves (or replaces, by name) one of the user's own filters. */
  async saveFilter(
    ctx: RequestContext,
    input: SavePortfolioFilterInput,
  ): Promise<PortfolioSavedFilter> {
    if (input.modelId) await this.access.readable(ctx, input.modelId);
    const name = input.name.trim();
    if (!name || name.length > 200)
      throw validation('A saved filter needs a name of at most 200 characters.');
    const settings = JSON.stringify(input.settings ?? {});
    if (settings.length > 50_000) throw validation('The saved filter is too large.');
    const [row] = await this.db.transaction(async (em) => {
      await em.query(
        'DELETE FROM portfolio_saved_filter WHERE user_id = $1 AND model_id IS NOT DISTINCT FROM $2 AND name = $3',
        [ctx.user!.id, input.modelId ?? null, name],
      );
      return em.query(
        `INSERT INTO portfolio_saved_filter (user_id, model_id, name, settings) VALUES ($1,$2,$3,$4)
         RETURNING id, model_id, name, settings, created_at`,
        [ctx.user!.id, input.modelId ?? null, name, settings],
      );
    });
    return toSavedFilter(row);
  }

  async deleteFilter(ctx: RequestContext, id: string): Promise<boolean> {
    if (!isUuid(id)) throw notFound('Saved filter', id);
    const [, count] = await this.db.query(
      'DELETE FROM portfolio_saved_filter WHERE id = $1 AND user_id = $2',
      [id, ctx.user!.id],
    );
    if (!count) throw notFound('Saved filter', id);
    return true;
  }

  async exportFile(
    ctx: RequestContext,
    modelId: string,
    format: 'xlsx' | 'csv',
    lang: PortfolioLang,
    filter?: PortfolioFilterSpec,
    sort?: PortfolioSortSpec[],
  ): Promise<PortfolioFile> {
    const model = await this.access.readable(ctx, modelId);
    return exportPortfolioFile(this.db, model, { format, lang, filter, sort });
  }

  async importFile(
    ctx: RequestContext,
    modelId: string,
    body: Buffer,
    mode: 'preview' | 'apply',
  ): Promise<ImportReport> {
    const model =
      mode === 'apply'
        ? await this.access.editable(ctx, modelId)
        : await this.access.readable(ctx, modelId);
    if (!body.length) throw new DomainError('IMPORT_FAILED', 'The file is empty.');
    return runPortfolioImport(this.db, model, body, mode, {
      userId: ctx.user!.id,
      requestId: ctx.requestId,
    });
  }
}

function checkEntries(values: { code: string; label: LangMap }[]): ValueListEntry[] {
  if (!values.length || values.length > 500) throw validation('A value list needs 1–500 values.');
  const seen = new Set<string>();
  return values.map((v) => {
    const code = v.code.trim();
    if (!CODE.test(code))
      throw validation(
        `"${v.code}" is not a valid code (1–100 printable characters, no leading or trailing space).`,
        { value: v.code },
      );
    if (seen.has(code.toLowerCase()))
      throw validation(`The code "${code}" appears twice.`, { value: code });
    seen.add(code.toLowerCase());
    const fi = (v.label.fi ?? '').trim();
    if (!fi) throw validation(`The value "${code}" needs a Finnish label.`, { value: code });
    return {
      code,
      label: { fi, sv: (v.label.sv ?? '').trim() || fi, en: (v.label.en ?? '').trim() || fi },
    };
  });
}

function toSavedFilter(r: Record<string, unknown>): PortfolioSavedFilter {
  return {
    id: String(r.id),
    modelId: (r.model_id as string) ?? null,
    name: String(r.name),
    settings: r.settings,
    createdAt: r.created_at as Date,
  };
}
