import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../auth/current-context.decorator';
import type { RequestContext } from '../common/request-context';
import { RelationshipEntity } from '../relationships/relationship.entity';
import { ViewEntity } from '../views/view.entity';
import { CreateElementInput } from './dto/create-element.input';
import { ElementConnection } from './dto/element-connection.type';
import { ElementFilterInput } from './dto/element-filter.input';
import { UpdateElementInput } from './dto/update-element.input';
import { ElementEntity } from './element.entity';
import { ElementService } from './element.service';

@Resolver(() => ElementEntity)
export class ElementResolver {
  constructor(private readonly elementService: ElementService) {}

  @Query(() => ElementConnection, {
    description: 'Elements of a model, sorted by name, a page at a time.',
  })
  elements(
    @Ctx() ctx: RequestContext,
    @Args('modelId', { type: () => ID }) modelId: string,
    @Args('filter', { nullable: true }) filter?: ElementFilterInput,
    @Args('first', { type: () => Int, defaultValue: 100 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ElementConnection> {
    return this.elementService.list(ctx, modelId, filter, first, after);
  }

  @Query(() => ElementEntity)
  element(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ElementEntity> {
    return this.elementService.get(ctx, id);
  }

  @Mutation(() => ElementEntity)
  createElement(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateElementInput,
  ): Promise<ElementEntity> {
    return this.elementService.create(ctx, input);
  }

  @Mutation(() => ElementEntity, { description: 'Answers CONFLICT when expectedVersion is stale.' })
  updateElement(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateElementInput,
  ): Promise<ElementEntity> {
    return this.elementService.update(ctx, input);
  }

  @Mutation(() => ElementEntity, { description: 'Soft delete; its relationships go with it.' })
  deleteElement(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<ElementEntity> {
    return this.elementService.remove(ctx, id, expectedVersion);
  }

  @Mutation(() => ElementEntity)
  restoreElement(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<ElementEntity> {
    return this.elementService.restore(ctx, id, expectedVersion);
  }

  @Mutation(() => ElementEntity)
  moveElement(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('folderId', { type: () => ID, nullable: true }) folderId: string | null,
  ): Promise<ElementEntity> {
    return this.elementService.move(ctx, id, expectedVersion, folderId ?? null);
  }

  @ResolveField(() => [RelationshipEntity], { description: 'Relationships from this element.' })
  outgoing(@Ctx() ctx: RequestContext, @Parent() el: ElementEntity): Promise<RelationshipEntity[]> {
    return ctx.loaders.outgoing.load(el.id);
  }

  @ResolveField(() => [RelationshipEntity], { description: 'Relationships to this element.' })
  incoming(@Ctx() ctx: RequestContext, @Parent() el: ElementEntity): Promise<RelationshipEntity[]> {
    return ctx.loaders.incoming.load(el.id);
  }

  @ResolveField(() => [ViewEntity], { description: 'Views that show this element.' })
  usedInViews(@Ctx() ctx: RequestContext, @Parent() el: ElementEntity): Promise<ViewEntity[]> {
    return ctx.loaders.viewsUsingElement.load(el.id);
  }
}
