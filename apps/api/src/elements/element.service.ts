import { Injectable } from '@nestjs/common';
import { ELEMENT_TYPE_DEFS, isElementType, type PropertyDoc } from '@kartasto/metamodel';
import { DataSource, EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { conflict, notFound, validation } from '../common/domain-error';
import { decodeCursor, encodeCursor, MAX_PAGE } from '../common/cursor';
import type { RequestContext } from '../common/request-context';
import { ELEMENT_COLUMNS } from './element-columns';
import { toPrefixTsQuery } from '../common/text-query';
import { lockVersioned } from '../common/versioned-row';
import { ModelAccessService } from '../models/model-access.service';
import { CreateElementInput } from './dto/create-element.input';
import { ElementConnection } from './dto/element-connection.type';
import { ElementFilterInput } from './dto/element-filter.input';
import { UpdateElementInput } from './dto/update-element.input';
import { ElementEntity } from './element.entity';
import { hasText } from '../common/lang-map.scalar';

/** Elements: listing, and every change in one transaction with its audit row. */
@Injectable()
export class ElementService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ModelAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(
    ctx: RequestContext,
    modelId: string,
    filter: ElementFilterInput = {},
    first = 100,
    after?: string,
  ): Promise<ElementConnection> {
    await this.access.readable(ctx, modelId);
    const limit = Math.min(Math.max(first, 1), MAX_PAGE);
    const where: string[] = [
      'e.model_id = $1',
      filter.deleted ? 'e.deleted_at IS NOT NULL' : 'e.deleted_at IS NULL',
    ];
    const params: unknown[] = [modelId];
    let types = new Set(filter.types ?? []);
    if (filter.layers?.length) {
      const layers = new Set(filter.layers);
      const inLayers = ELEMENT_TYPE_DEFS.filter((d) => layers.has(d.layer)).map(
        (d) => d.type as string,
      );
      // Both given: the types that are in those layers; an empty result matches nothing.
      types = types.size ? new Set(inLayers.filter((t) => types.has(t))) : new Set(inLayers);
      if (!types.size) types.add('-none-');
    }
    if (types.size) {
      params.push([...types]);
      where.push(`e.type = ANY($${params.length}::text[])`);
    }
    if (filter.folderId) {
      params.push(filter.folderId);
      where.push(`e.folder_id = $${params.length}`);
    }
    const tsq = filter.text ? toPrefixTsQuery(filter.text) : null;
    if (tsq) {
      params.push(tsq);
      where.push(`e.search_vector @@ to_tsquery('simple', $${params.length})`);
    }
    const countParams = [...params];
    const countWhere = [...where];
    if (after) {
      const [sortKey, id] = decodeCursor(after);
      params.push(sortKey, id);
      where.push(`(e.sort_name, e.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const repo = this.db.getRepository(ElementEntity);
    const raw: (Record<string, unknown> & { sort_name: string })[] = await this.db.query(
      `SELECT ${ELEMENT_COLUMNS.map((c) => `e.${c}`).join(', ')}, e.sort_name FROM element e WHERE ${where.join(' AND ')}
        ORDER BY e.sort_name, e.id LIMIT $${params.length}`,
      params,
    );
    const [{ count }] = await this.db.query(
      `SELECT count(*)::int AS count FROM element e WHERE ${countWhere.join(' AND ')}`,
      countParams,
    );
    const page = raw.slice(0, limit);
    const nodes = page.map((r) => repo.create(rowToElement(r)));
    const last = page[page.length - 1];
    return {
      nodes,
      totalCount: count,
      pageInfo: {
        hasNextPage: raw.length > limit,
        endCursor: last ? encodeCursor(last.sort_name, String(last.id)) : null,
      },
    };
  }

  async get(ctx: RequestContext, id: string): Promise<ElementEntity> {
    const el = await ctx.loaders.element.load(id);
    if (!el) throw notFound('Element', id);
    await this.access.readable(ctx, el.modelId);
    return el;
  }

  async create(ctx: RequestContext, input: CreateElementInput): Promise<ElementEntity> {
    const model = await this.access.editable(ctx, input.modelId);
    if (!isElementType(input.type))
      throw validation(`"${input.type}" is not an ArchiMate element type.`, { type: input.type });
    if (!hasText(input.name)) throw validation('An element needs a name in at least one language.');
    return this.db.transaction(async (em) => {
      if (input.folderId) await this.assertFolderInModel(em, input.folderId, model.id);
      const properties = await this.checkProperties(em, model.id, input.properties ?? []);
      const [row] = await em.query(
        `INSERT INTO element (model_id, identifier, type, specialization, name, documentation, properties,
                              folder_id, reference_element_id, created_by, updated_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$10) RETURNING *`,
        [
          model.id,
          `id-${randomUUID()}`,
          input.type,
          input.specialization ?? null,
          input.name,
          input.documentation ?? {},
          JSON.stringify(properties),
          input.folderId ?? null,
          input.referenceElementId ?? null,
          ctx.user!.id,
        ],
      );
      const created = rowToElement(row);
      await this.audit.recordEdit(
        em,
        ctx,
        model,
        'element',
        created.id,
        'create',
        undefined,
        created,
      );
      return em.getRepository(ElementEntity).create(created);
    });
  }

  async update(ctx: RequestContext, input: UpdateElementInput): Promise<ElementEntity> {
    const current = await this.get(ctx, input.id);
    const model = await this.access.editable(ctx, current.modelId);
    if (input.name && !hasText(input.name))
      throw validation('An element needs a name in at least one language.');
    return this.db.transaction(async (em) => {
      const before = await this.lockVersion(em, input.id, input.expectedVersion);
      const properties = input.properties
        ? await this.checkProperties(em, model.id, input.properties)
        : undefined;
      const [rows] = await em.query(
        `UPDATE element SET
           name = coalesce($3, name), documentation = coalesce($4, documentation),
           specialization = CASE WHEN $5::boolean THEN $6 ELSE specialization END,
           properties = coalesce($7, properties),
           version = version + 1, updated_at = now(), updated_by = $8
         WHERE id = $1 AND version = $2 AND deleted_at IS NULL RETURNING *`,
        [
          input.id,
          input.expectedVersion,
          input.name ?? null,
          input.documentation ?? null,
          input.specialization !== undefined,
          input.specialization ?? null,
          properties ? JSON.stringify(properties) : null,
          ctx.user!.id,
        ],
      );
      if (!rows.length) throw conflict('This element', input.id, input.expectedVersion);
      const after = rowToElement(rows[0]);
      await this.audit.recordEdit(em, ctx, model, 'element', input.id, 'update', before, after);
      return em.getRepository(ElementEntity).create(after);
    });
  }

  async move(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    folderId: string | null,
  ): Promise<ElementEntity> {
    const current = await this.get(ctx, id);
    const model = await this.access.editable(ctx, current.modelId);
    return this.db.transaction(async (em) => {
      const before = await this.lockVersion(em, id, expectedVersion);
      if (folderId) await this.assertFolderInModel(em, folderId, model.id);
      const [rows] = await em.query(
        `UPDATE element SET folder_id = $3, version = version + 1, updated_at = now(), updated_by = $4
          WHERE id = $1 AND version = $2 RETURNING *`,
        [id, expectedVersion, folderId, ctx.user!.id],
      );
      const after = rowToElement(rows[0]);
      await this.audit.recordEdit(em, ctx, model, 'element', id, 'move', before, after);
      return em.getRepository(ElementEntity).create(after);
    });
  }

  /** Soft delete: the element and the relationships touching it leave together, and return together. */
  async remove(ctx: RequestContext, id: string, expectedVersion: number): Promise<ElementEntity> {
    const current = await this.get(ctx, id);
    const model = await this.access.editable(ctx, current.modelId);
    return this.db.transaction(async (em) => {
      const before = await this.lockVersion(em, id, expectedVersion);
      const [rows] = await em.query(
        `UPDATE element SET deleted_at = now(), version = version + 1, updated_at = now(), updated_by = $3
          WHERE id = $1 AND version = $2 AND deleted_at IS NULL RETURNING *`,
        [id, expectedVersion, ctx.user!.id],
      );
      if (!rows.length) throw conflict('This element', id, expectedVersion);
      await em.query(
        `UPDATE relationship SET deleted_at = $2, version = version + 1, updated_at = now()
          WHERE deleted_at IS NULL AND (source_element_id = $1 OR target_element_id = $1)`,
        [id, rows[0].deleted_at],
      );
      const after = rowToElement(rows[0]);
      await this.audit.recordEdit(em, ctx, model, 'element', id, 'delete', before, after);
      return em.getRepository(ElementEntity).create(after);
    });
  }

  async restore(ctx: RequestContext, id: string, expectedVersion: number): Promise<ElementEntity> {
    const current = await this.get(ctx, id);
    const model = await this.access.editable(ctx, current.modelId);
    return this.db.transaction(async (em) => {
      const before = await this.lockVersion(em, id, expectedVersion);
      if (!before.deletedAt) throw validation('This element is not deleted.');
      await em.query(
        `UPDATE relationship SET deleted_at = NULL, version = version + 1, updated_at = now()
          WHERE deleted_at = $2 AND (source_element_id = $1 OR target_element_id = $1)`,
        [id, before.deletedAt],
      );
      const [rows] = await em.query(
        `UPDATE element SET deleted_at = NULL, version = version + 1, updated_at = now(), updated_by = $3
          WHERE id = $1 AND version = $2 RETURNING *`,
        [id, expectedVersion, ctx.user!.id],
      );
      const after = rowToElement(rows[0]);
      await this.audit.recordEdit(em, ctx, model, 'element', id, 'restore', before, after);
      return em.getRepository(ElementEntity).create(after);
    });
  }

  private async lockVersion(
    em: EntityManager,
    id: string,
    expected: number,
  ): Promise<ElementEntity> {
    return rowToElement(await lockVersioned(em, 'element', 'Element', id, expected));
  }

  private async assertFolderInModel(em: EntityManager, folderId: string, modelId: string) {
    const rows = await em.query('SELECT 1 FROM folder WHERE id = $1 AND model_id = $2', [
      folderId,
      modelId,
    ]);
    if (!rows.length) throw validation('The folder does not belong to this model.', { folderId });
  }

  private async checkProperties(
    em: EntityManager,
    modelId: string,
    props: PropertyDoc[],
  ): Promise<PropertyDoc[]> {
    if (!props.length) return [];
    const ids: { identifier: string }[] = await em.query(
      'SELECT identifier FROM property_definition WHERE model_id = $1 AND identifier = ANY($2::text[])',
      [modelId, [...new Set(props.map((p) => p.definitionId))]],
    );
    const known = new Set(ids.map((r) => r.identifier));
    const unknown = props.find((p) => !known.has(p.definitionId));
    if (unknown)
      throw validation(
        `The property definition "${unknown.definitionId}" does not exist in this model.`,
      );
    return props.map((p) => ({ definitionId: p.definitionId, value: p.value }));
  }
}

/** Maps a raw element row (snake_case) to the entity's shape. */
export function rowToElement(r: Record<string, unknown>): ElementEntity {
  return {
    id: r.id,
    modelId: r.model_id,
    identifier: r.identifier,
    type: r.type,
    specialization: r.specialization,
    name: r.name,
    documentation: r.documentation,
    properties: r.properties,
    folderId: r.folder_id,
    referenceElementId: r.reference_element_id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
    updatedBy: r.updated_by,
    deletedAt: r.deleted_at,
  } as ElementEntity;
}
