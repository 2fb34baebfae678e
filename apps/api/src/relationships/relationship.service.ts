import { Injectable } from '@nestjs/common';
import {
  allowedRelationships,
  isRelationshipAllowed,
  isRelationshipType,
  type PropertyDoc,
} from '@kartasto/metamodel';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { conflict, DomainError, notFound, validation } from '../common/domain-error';
import type { RequestContext } from '../common/request-context';
import { lockVersioned } from '../common/versioned-row';
import { ModelAccessService } from '../models/model-access.service';
import { CreateRelationshipInput } from './dto/create-relationship.input';
import { UpdateRelationshipInput } from './dto/update-relationship.input';
import { RelationshipEntity } from './relationship.entity';

interface End {
  elementId: string | null;
  relationshipId: string | null;
  /** ArchiMate type of the end, or "Relationship". */
  conceptType: string;
}

@Injectable()
export class RelationshipService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ModelAccessService,
    private readonly audit: AuditService,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<RelationshipEntity> {
    const rel = await ctx.loaders.relationship.load(id);
    if (!rel) throw notFound('Relationship', id);
    await this.access.readable(ctx, rel.modelId);
    return rel;
  }

  async listForModel(
    ctx: RequestContext,
    modelId: string,
    types?: string[],
  ): Promise<RelationshipEntity[]> {
    await this.access.readable(ctx, modelId);
    const qb = this.db
      .getRepository(RelationshipEntity)
      .createQueryBuilder('r')
      .where('r.model_id = :modelId AND r.deleted_at IS NULL', { modelId })
      .orderBy('r.type')
      .addOrderBy('r.id')
      .limit(20_000);
    if (types?.length) qb.andWhere('r.type = ANY(:types)', { types });
    return qb.getMany();
  }

  async create(ctx: RequestContext, input: CreateRelationshipInput): Promise<RelationshipEntity> {
    const model = await this.access.editable(ctx, input.modelId);
    if (!isRelationshipType(input.type))
      throw validation(`"${input.type}" is not an ArchiMate relationship type.`, {
        type: input.type,
      });
    return this.db.transaction(async (em) => {
      const source = await this.resolveEnd(em, model.id, input.sourceId);
      const target = await this.resolveEnd(em, model.id, input.targetId);
      assertAllowed(input.type, source.conceptType, target.conceptType);
      checkAttributes(input.type, input);
      const [row] = await em.query(
        `INSERT INTO relationship (model_id, identifier, type, source_element_id, source_relationship_id,
            target_element_id, target_relationship_id, name, documentation, properties, access_type,
            influence_strength, is_directed, created_by, updated_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$14) RETURNING *`,
        [
          model.id,
          `id-${randomUUID()}`,
          input.type,
          source.elementId,
          source.relationshipId,
          target.elementId,
          target.relationshipId,
          input.name ?? {},
          input.documentation ?? {},
          JSON.stringify(input.properties ?? []),
          input.type === 'Access' ? (input.accessType ?? 'Write') : null,
          input.type === 'Influence' ? (input.influenceStrength ?? null) : null,
          input.type === 'Association' ? (input.isDirected ?? false) : null,
          ctx.user!.id,
        ],
      );
      const created = rowToRelationship(row);
      await this.audit.recordEdit(
        em,
        ctx,
        model,
        'relationship',
        created.id,
        'create',
        undefined,
        created,
      );
      return em.getRepository(RelationshipEntity).create(created);
    });
  }

  async update(ctx: RequestContext, input: UpdateRelationshipInput): Promise<RelationshipEntity> {
    const current = await this.get(ctx, input.id);
    const model = await this.access.editable(ctx, current.modelId);
    checkAttributes(current.type, input);
    return this.db.transaction(async (em) => {
      const before = rowToRelationship(
        await lockVersioned(em, 'relationship', 'Relationship', input.id, input.expectedVersion),
      );
      const [rows] = await em.query(
        `UPDATE relationship SET name = coalesce($3, name), documentation = coalesce($4, documentation),
            access_type = coalesce($5, access_type), influence_strength = coalesce($6, influence_strength),
            is_directed = coalesce($7, is_directed), properties = coalesce($8, properties),
            version = version + 1, updated_at = now(), updated_by = $9
          WHERE id = $1 AND version = $2 AND deleted_at IS NULL RETURNING *`,
        [
          input.id,
          input.expectedVersion,
          input.name ?? null,
          input.documentation ?? null,
          input.accessType ?? null,
          input.influenceStrength ?? null,
          input.isDirected ?? null,
          input.properties ? JSON.stringify(input.properties as PropertyDoc[]) : null,
          ctx.user!.id,
        ],
      );
      if (!rows.length) throw conflict('This relationship', input.id, input.expectedVersion);
      const after = rowToRelationship(rows[0]);
      await this.audit.recordEdit(
        em,
        ctx,
        model,
        'relationship',
        input.id,
        'update',
        before,
        after,
      );
      return em.getRepository(RelationshipEntity).create(after);
    });
  }

  async setDeleted(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    deleted: boolean,
  ): Promise<RelationshipEntity> {
    const current = await this.get(ctx, id);
    const model = await this.access.editable(ctx, current.modelId);
    return this.db.transaction(async (em) => {
      const before = rowToRelationship(
        await lockVersioned(em, 'relationship', 'Relationship', id, expectedVersion),
      );
      if (!deleted && before.deletedAt) {
        const ends = await em.query(
          `SELECT 1 FROM element WHERE id = ANY($1::uuid[]) AND deleted_at IS NOT NULL`,
          [[before.sourceElementId, before.targetElementId].filter(Boolean)],
        );
        if (ends.length)
          throw validation('Restore the deleted element at either end of this relationship first.');
      }
      const [rows] = await em.query(
        `UPDATE relationship SET deleted_at = CASE WHEN $3 THEN now() ELSE NULL END,
            version = version + 1, updated_at = now(), updated_by = $4
          WHERE id = $1 AND version = $2 RETURNING *`,
        [id, expectedVersion, deleted, ctx.user!.id],
      );
      const after = rowToRelationship(rows[0]);
      await this.audit.recordEdit(
        em,
        ctx,
        model,
        'relationship',
        id,
        deleted ? 'delete' : 'restore',
        before,
        after,
      );
      return em.getRepository(RelationshipEntity).create(after);
    });
  }

  private async resolveEnd(em: EntityManager, modelId: string, id: string): Promise<End> {
    const rows: { kind: string; type: string }[] = await em.query(
      `SELECT 'element' AS kind, type FROM element WHERE id = $1 AND model_id = $2 AND deleted_at IS NULL
       UNION ALL
       SELECT 'relationship', type FROM relationship WHERE id = $1 AND model_id = $2 AND deleted_at IS NULL`,
      [id, modelId],
    );
    if (!rows.length)
      throw validation(`${id} is neither an element nor a relationship of this model.`, { id });
    return rows[0].kind === 'element'
      ? { elementId: id, relationshipId: null, conceptType: rows[0].type }
      : { elementId: null, relationshipId: id, conceptType: 'Relationship' };
  }
}

function assertAllowed(type: string, sourceType: string, targetType: string) {
  if (isRelationshipAllowed(type, sourceType, targetType)) return;
  const allowed = allowedRelationships(sourceType, targetType);
  throw new DomainError(
    'RELATIONSHIP_NOT_ALLOWED',
    `ArchiMate does not allow a ${type} relationship from ${sourceType} to ${targetType}. ` +
      (allowed.length
        ? `Allowed between them: ${allowed.join(', ')}.`
        : 'No relationship is allowed between them.'),
    { type, sourceType, targetType, allowed },
  );
}

function checkAttributes(
  type: string,
  input: { accessType?: unknown; influenceStrength?: unknown; isDirected?: unknown },
) {
  if (input.accessType != null && type !== 'Access')
    throw validation('Only an Access relationship has an access type.');
  if (input.influenceStrength != null && type !== 'Influence')
    throw validation('Only an Influence relationship has a strength.');
  if (input.isDirected != null && type !== 'Association')
    throw validation('Only an Association can be directed.');
}

export function rowToRelationship(r: Record<string, unknown>): RelationshipEntity {
  return {
    id: r.id,
    modelId: r.model_id,
    identifier: r.identifier,
    type: r.type,
    sourceElementId: r.source_element_id,
    sourceRelationshipId: r.source_relationship_id,
    targetElementId: r.target_element_id,
    targetRelationshipId: r.target_relationship_id,
    name: r.name,
    documentation: r.documentation,
    properties: r.properties,
    accessType: r.access_type,
    influenceStrength: r.influence_strength,
    isDirected: r.is_directed,
    specialization: r.specialization,
    folderId: r.folder_id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
    updatedBy: r.updated_by,
    deletedAt: r.deleted_at,
  } as RelationshipEntity;
}
