import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { allowedRelationships } from '@kartasto/metamodel';
import { Ctx } from '../auth/current-context.decorator';
import type { RequestContext } from '../common/request-context';
import { ElementEntity } from '../elements/element.entity';
import { CreateRelationshipInput } from './dto/create-relationship.input';
import { UpdateRelationshipInput } from './dto/update-relationship.input';
import { RelationshipEntity } from './relationship.entity';
import { RelationshipService } from './relationship.service';

@Resolver(() => RelationshipEntity)
export class RelationshipResolver {
  constructor(private readonly relationshipService: RelationshipService) {}

  @Query(() => [RelationshipEntity], { description: 'Relationships of a model (up to 20,000).' })
  relationships(
    @Ctx() ctx: RequestContext,
    @Args('modelId', { type: () => ID }) modelId: string,
    @Args('types', { type: () => [String], nullable: true }) types?: string[],
  ): Promise<RelationshipEntity[]> {
    return this.relationshipService.listForModel(ctx, modelId, types);
  }

  @Query(() => RelationshipEntity)
  relationship(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RelationshipEntity> {
    return this.relationshipService.get(ctx, id);
  }

  @Query(() => [String], {
    description: 'Relationship types ArchiMate allows from one concept type to another.',
  })
  allowedRelationshipTypes(
    @Args('sourceType') sourceType: string,
    @Args('targetType') targetType: string,
  ): string[] {
    return [...allowedRelationships(sourceType, targetType)];
  }

  @Mutation(() => RelationshipEntity, {
    description: 'Refused with RELATIONSHIP_NOT_ALLOWED when ArchiMate forbids it.',
  })
  createRelationship(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateRelationshipInput,
  ): Promise<RelationshipEntity> {
    return this.relationshipService.create(ctx, input);
  }

  @Mutation(() => RelationshipEntity)
  updateRelationship(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateRelationshipInput,
  ): Promise<RelationshipEntity> {
    return this.relationshipService.update(ctx, input);
  }

  @Mutation(() => RelationshipEntity)
  deleteRelationship(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<RelationshipEntity> {
    return this.relationshipService.setDeleted(ctx, id, expectedVersion, true);
  }

  @Mutation(() => RelationshipEntity)
  restoreRelationship(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<RelationshipEntity> {
    return this.relationshipService.setDeleted(ctx, id, expectedVersion, false);
  }

  @ResolveField(() => ID)
  sourceId(@Parent() r: RelationshipEntity): string {
    return (r.sourceElementId ?? r.sourceRelationshipId)!;
  }

  @ResolveField(() => ID)
  targetId(@Parent() r: RelationshipEntity): string {
    return (r.targetElementId ?? r.targetRelationshipId)!;
  }

  @ResolveField(() => ElementEntity, {
    nullable: true,
    description: 'Null when the source is a relationship.',
  })
  source(
    @Ctx() ctx: RequestContext,
    @Parent() r: RelationshipEntity,
  ): Promise<ElementEntity | null> | null {
    return r.sourceElementId ? ctx.loaders.element.load(r.sourceElementId) : null;
  }

  @ResolveField(() => ElementEntity, {
    nullable: true,
    description: 'Null when the target is a relationship.',
  })
  target(
    @Ctx() ctx: RequestContext,
    @Parent() r: RelationshipEntity,
  ): Promise<ElementEntity | null> | null {
    return r.targetElementId ? ctx.loaders.element.load(r.targetElementId) : null;
  }
}
