import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { forbidden, validation } from '../common/domain-error';
import { recentModels } from '../common/loaders';
import { lockVersioned } from '../common/versioned-row';
import { UpdateModelInput } from './dto/update-model.input';
import type { RequestContext } from '../common/request-context';
import { CreateModelInput } from './dto/create-model.input';
import { ModelAccessService } from './model-access.service';
import { ModelEntity } from './model.entity';
import { hasText } from '../common/lang-map.scalar';

@Injectable()
export class ModelsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ModelAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Changes a model's name, description, state or visibility, checking the version read. */
  async update(ctx: RequestContext, input: UpdateModelInput): Promise<ModelEntity> {
    const model = await this.access.editable(ctx, input.id);
    if (input.name && !hasText(input.name))
      throw validation('A model needs a name in at least one language.');
    if (
      input.visibility &&
      ctx.user!.memberships.get(model.organizationId) !== 'admin' &&
      input.visibility !== model.visibility
    )
      throw forbidden(
        'Sharing a model to the network or the public needs the admin role in its organisation.',
      );
    const updated = await this.db.transaction(async (em) => {
      const before = await lockVersioned(em, 'model', 'Model', input.id, input.expectedVersion);
      await em.query(
        `UPDATE model SET name = coalesce($3, name), documentation = coalesce($4, documentation),
                state = coalesce($5, state), visibility = coalesce($6, visibility),
                version = version + 1, updated_at = now(), updated_by = $7
          WHERE id = $1 AND version = $2`,
        [
          input.id,
          input.expectedVersion,
          input.name ?? null,
          input.documentation ?? null,
          input.state ?? null,
          input.visibility ?? null,
          ctx.user!.id,
        ],
      );
      const after = await em.getRepository(ModelEntity).findOneByOrFail({ id: input.id });
      await this.audit.recordEdit(em, ctx, model, 'model', model.id, 'update', before, after);
      return after;
    });
    recentModels.forget(input.id);
    return updated;
  }

  async create(ctx: RequestContext, input: CreateModelInput): Promise<ModelEntity> {
    const role = ctx.user!.memberships.get(input.organizationId);
    if (role !== 'editor' && role !== 'admin')
      throw forbidden('Creating a model needs the editor role in the organisation.');
    if (!hasText(input.name)) throw validation('A model needs a name in at least one language.');
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
      const created = { id: row.id as string, organizationId: input.organizationId };
      await this.audit.recordEdit(em, ctx, created, 'model', row.id, 'create', undefined, input);
      return em.getRepository(ModelEntity).findOneByOrFail({ id: row.id });
    });
  }
}
