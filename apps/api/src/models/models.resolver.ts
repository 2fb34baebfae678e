import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Ctx } from '../auth/current-context.decorator';
import type { RequestContext } from '../common/request-context';
import { MembershipRole } from '../common/graphql-types';
import { OrganizationEntity } from '../organizations/organization.entity';
import { CreateModelInput } from './dto/create-model.input';
import { UpdateModelInput } from './dto/update-model.input';
import { ModelAccessService } from './model-access.service';
import { ModelEntity } from './model.entity';
import { ModelsService } from './models.service';
import { PropertyDefinitionEntity } from './property-definition.entity';

@Resolver(() => ModelEntity)
export class ModelsResolver {
  constructor(
    private readonly db: DataSource,
    private readonly access: ModelAccessService,
    private readonly models: ModelsService,
  ) {}

  @Query(() => [ModelEntity], {
    name: 'models',
    description: 'Models you may read, optionally of one organisation.',
  })
  modelsList(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string,
  ): Promise<ModelEntity[]> {
    return this.access.modelsFor(ctx.user, organizationId);
  }

  @Query(() => ModelEntity)
  model(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ModelEntity> {
    return this.access.readable(ctx, id);
  }

  @Mutation(() => ModelEntity)
  createModel(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateModelInput,
  ): Promise<ModelEntity> {
    return this.models.create(ctx, input);
  }

  @Mutation(() => ModelEntity, {
    description:
      'Answers CONFLICT when expectedVersion is stale; sharing (visibility) needs the admin role.',
  })
  updateModel(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateModelInput,
  ): Promise<ModelEntity> {
    return this.models.update(ctx, input);
  }

  @ResolveField(() => OrganizationEntity)
  async organization(
    @Ctx() ctx: RequestContext,
    @Parent() model: ModelEntity,
  ): Promise<OrganizationEntity> {
    const org = await this.db
      .getRepository(OrganizationEntity)
      .findOneByOrFail({ id: model.organizationId });
    org.myRole = (ctx.user?.memberships.get(org.id) as MembershipRole | undefined) ?? null;
    return org;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may change this model.' })
  canEdit(@Ctx() ctx: RequestContext, @Parent() model: ModelEntity): boolean {
    return this.access.canEdit(ctx.user, model);
  }

  @ResolveField(() => [PropertyDefinitionEntity])
  propertyDefinitions(@Parent() model: ModelEntity): Promise<PropertyDefinitionEntity[]> {
    return this.db.getRepository(PropertyDefinitionEntity).find({
      where: { modelId: model.id },
      order: { identifier: 'ASC' },
    });
  }
}
