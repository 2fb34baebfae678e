import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { forbidden, validation } from '../common/domain-error';
import type { RequestContext } from '../common/request-context';
import { CreateModelInput } from './dto/create-model.input';
import { ModelAccessService } from './model-access.service';
import { ModelEntity } from './model.entity';

@Injectable()
export class ModelsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ModelAccessService,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: CreateModelInput): Promise<ModelEntity> {
    const role = ctx.user!.memberships.get(input.organizationId);
    if (role !== 'editor' && role !== 'admin')
      throw forbidden('Creating a model needs the editor role in the organisation.');
    if (!Object.values(input.name).some((n) => n.trim()))
      throw validation('A model needs a name in at least one language.');
    if (input.basedOnId) await this.access.readable(ctx, input.basedOnId);
    return this.db.transaction(async (em) => {
      const [row] = await em.query(
        `INSERT INTO model (organization_id, name, documentation, kind, state, visibility, based_on_id, created_by, updated_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$8) RETURNING id`,
        [
          input.organizationId,
          input.name,
          input.documentation ?? {},
          input.kind,
          input.state,
          input.visibility,
          input.basedOnId ?? null,
          ctx.user!.id,
        ],
      );
      await this.audit.record(em, {
        userId: ctx.user!.id,
        organizationId: input.organizationId,
        modelId: row.id,
        entityType: 'model',
        entityId: row.id,
        action: 'create',
        after: input,
        requestId: ctx.requestId,
      });
      return em.getRepository(ModelEntity).findOneByOrFail({ id: row.id });
    });
  }
}
