import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource, IsNull } from 'typeorm';
import { Ctx } from '../auth/current-context.decorator';
import { notFound } from '../common/domain-error';
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
  ) {}

  @Query(() => [ViewEntity])
  async views(@Ctx() ctx: RequestContext, @Args('modelId', { type: () => ID }) modelId: string): Promise<ViewEntity[]> {
    await this.access.readable(ctx, modelId);
    return this.db.getRepository(ViewEntity).find({
      where: { modelId, deletedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
  }

  @Query(() => ViewEntity)
  async view(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ViewEntity> {
    const view = await this.db.getRepository(ViewEntity).findOneBy({ id });
    if (!view || view.deletedAt) throw notFound('View', id);
    await this.access.readable(ctx, view.modelId);
    return view;
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
