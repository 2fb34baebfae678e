import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context';

export interface AuditEntry {
  userId: string | null;
  organizationId: string | null;
  modelId: string | null;
  entityType: string;
  entityId: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/** Writes the append-only audit log inside the caller's transaction. */
@Injectable()
export class AuditService {
  async record(em: EntityManager, e: AuditEntry): Promise<void> {
    await em.query(
      `INSERT INTO audit_event (user_id, organization_id, model_id, entity_type, entity_id, action, before, after, request_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
      [
        e.userId,
        e.organizationId,
        e.modelId,
        e.entityType,
        e.entityId,
        e.action,
        e.before === undefined ? null : JSON.stringify(e.before),
        e.after === undefined ? null : JSON.stringify(e.after),
        e.requestId ?? null,
      ],
    );
  }

  /** A change the signed-in user made to one thing in a model. */
  recordEdit(
    em: EntityManager,
    ctx: RequestContext,
    model: { id: string; organizationId: string },
    entityType: string,
    entityId: string,
    action: string,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return this.record(em, {
      userId: ctx.user!.id,
      organizationId: model.organizationId,
      modelId: model.id,
      entityType,
      entityId,
      action,
      before,
      after,
      requestId: ctx.requestId,
    });
  }
}
