import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource, IsNull } from 'typeorm';
import { Ctx } from '../auth/current-context.decorator';
import { JsonScalar } from '../common/json.scalar';
import { CreateViewInput } from './dto/create-view.input';
import { GenerateViewInput } from './dto/generate-view.input';
import { ViewsService } from './views.service';
import type { RequestContext } from '../common/request-context';
import { ModelAccessService } from '../models/model-access.service';
import { ViewConnectionEntity } from './view-connection.entity';
import { ViewNodeEntity } from './view-node.entity';
import { ViewEntity } from './view.entity';

@Resolver(() => ViewEntity)
export class ViewsResolver {
  constructor(
    private readonly db: DataSource,
    private readonly access: ModelAccessService,
    private readonly viewsService: ViewsService,
  ) {}

  @Query(() => [ViewEntity])
  async views(
    @Ctx() ctx: RequestContext,
    @Args('modelId', { type: () => ID }) modelId: string,
  ): Promise<ViewEntity[]> {
    await this.access.readable(ctx, modelId);
    return this.db.getRepository(ViewEntity).find({
      where: { modelId, deletedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
  }

  @Query(() => ViewEntity)
  view(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ViewEntity> {
    return this.viewsService.readable(ctx, id);
  }

  @Query(() => JsonScalar, {
    description:
      'The elements and relationships a view shows, as a ModelDocument keyed by stored ids.',
  })
  viewModel(@Ctx() ctx: RequestContext, @Args('viewId', { type: () => ID }) viewId: string) {
    return this.viewsService.viewModel(ctx, viewId);
  }

  @Mutation(() => ViewEntity, { description: 'An empty ArchiMate view.' })
  createView(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateViewInput,
  ): Promise<ViewEntity> {
    return this.viewsService.create(ctx, input);
  }

  @Mutation(() => ViewEntity, {
    description:
      'Generates an ecosystem, process or portfolio view from the model, laid out with ELK.',
  })
  generateView(
    @Ctx() ctx: RequestContext,
    @Args('input') input: GenerateViewInput,
  ): Promise<ViewEntity> {
    return this.viewsService.generate(ctx, input);
  }

  @Mutation(() => ViewEntity, {
    description:
      'Applies typed edit commands ({op: "move-nodes", …}) in one transaction; a stale expectedVersion answers CONFLICT.',
  })
  applyViewCommands(
    @Ctx() ctx: RequestContext,
    @Args('viewId', { type: () => ID }) viewId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('commands', { type: () => [JsonScalar] }) commands: unknown[],
  ): Promise<ViewEntity> {
    return this.viewsService.applyCommands(ctx, viewId, expectedVersion, commands);
  }

  @Mutation(() => Boolean)
  deleteView(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<boolean> {
    return this.viewsService.remove(ctx, id, expectedVersion);
  }

  @ResolveField(() => [ViewNodeEntity], { description: 'Parents before children.' })
  nodes(@Parent() view: ViewEntity): Promise<ViewNodeEntity[]> {
    return this.db.query(
      `WITH RECURSIVE tree AS (
         SELECT n.*, 0 AS depth FROM view_node n WHERE n.view_id = $1 AND n.parent_id IS NULL
         UNION ALL
         SELECT c.*, t.depth + 1 FROM view_node c JOIN tree t ON c.parent_id = t.id
       )
       SELECT id, identifier, parent_id AS "parentId", kind, element_id AS "elementId",
              view_ref_id AS "viewRefId", label, documentation, x, y, width, height, style,
              properties, sort_order AS "sortOrder", pinned
         FROM tree ORDER BY depth, sort_order, id`,
      [view.id],
    );
  }

  @ResolveField(() => [ViewConnectionEntity])
  connections(@Parent() view: ViewEntity): Promise<ViewConnectionEntity[]> {
    return this.db.getRepository(ViewConnectionEntity).find({
      where: { viewId: view.id },
      order: { sortOrder: 'ASC', id: 'ASC' },
    });
  }
}

@Resolver(() => ViewConnectionEntity)
export class ViewConnectionResolver {
  @ResolveField(() => ID, { description: 'A node, or a connection when attached to a connection.' })
  sourceId(@Parent() c: ViewConnectionEntity): string {
    return (c.sourceNodeId ?? c.sourceConnectionId)!;
  }

  @ResolveField(() => ID)
  targetId(@Parent() c: ViewConnectionEntity): string {
    return (c.targetNodeId ?? c.targetConnectionId)!;
  }
}
