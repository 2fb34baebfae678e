import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, forbidden, notFound } from '../common/domain-error';
import type { RequestContext, SessionUser } from '../common/request-context';
import { ModelEntity } from './model.entity';

const EDIT_ROLES = new Set(['editor', 'admin']);

/**
 * Who may see and change a model. A user sees the models of organisations they belong to,
 * plus models shared with the network or the public; only editors and admins of the owning
 * organisation change them. An unreadable model answers NOT_FOUND, never revealing it exists.
 */
@Injectable()
export class ModelAccessService {
  constructor(private readonly db: DataSource) {}

  canRead(user: SessionUser | null, model: ModelEntity): boolean {
    if (!user || model.deletedAt) return false;
    return model.visibility !== 'private' || user.memberships.has(model.organizationId);
  }

  canEdit(user: SessionUser | null, model: ModelEntity): boolean {
    const role = user?.memberships.get(model.organizationId);
    return !!role && EDIT_ROLES.has(role) && !model.deletedAt;
  }

  async readable(ctx: RequestContext, modelId: string): Promise<ModelEntity> {
    const model = await ctx.loaders.model.load(modelId);
    if (!model || !this.canRead(ctx.user, model)) throw notFound('Model', modelId);
    return model;
  }

  async editable(ctx: RequestContext, modelId: string): Promise<ModelEntity> {
    const model = await this.readable(ctx, modelId);
    if (!this.canEdit(ctx.user, model))
      throw forbidden(
        'You can read this model but not change it: editing needs the editor role in its organisation.',
      );
    return model;
  }

  /** SQL condition (on alias m) and parameters for the models a user may read. */
  readableCondition(
    user: SessionUser | null,
    alias = 'm',
    firstParam = 1,
  ): { sql: string; params: unknown[] } {
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
    return {
      sql: `(${alias}.deleted_at IS NULL AND (${alias}.visibility <> 'private' OR ${alias}.organization_id = ANY($${firstParam}::uuid[])))`,
      params: [[...user.memberships.keys()]],
    };
  }

  async modelsFor(user: SessionUser | null, organizationId?: string): Promise<ModelEntity[]> {
    const cond = this.readableCondition(user);
    const qb = this.db
      .getRepository(ModelEntity)
      .createQueryBuilder('m')
      .where(cond.sql.replace('$1', ':orgs'), { orgs: cond.params[0] })
      .orderBy('m.created_at', 'ASC');
    if (organizationId) qb.andWhere('m.organization_id = :organizationId', { organizationId });
    return qb.getMany();
  }
}
