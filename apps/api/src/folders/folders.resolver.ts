import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Ctx } from '../auth/current-context.decorator';
import type { RequestContext } from '../common/request-context';
import { ModelAccessService } from '../models/model-access.service';
import { FolderEntity } from './folder.entity';

@Resolver(() => FolderEntity)
export class FoldersResolver {
  constructor(
    private readonly db: DataSource,
    private readonly access: ModelAccessService,
  ) {}

  @Query(() => [FolderEntity], {
    description: 'The folder tree of a model, flat: build it with parentId.',
  })
  async folders(
    @Ctx() ctx: RequestContext,
    @Args('modelId', { type: () => ID }) modelId: string,
  ): Promise<FolderEntity[]> {
    await this.access.readable(ctx, modelId);
    return this.db
      .getRepository(FolderEntity)
      .find({ where: { modelId }, order: { sortOrder: 'ASC', id: 'ASC' } });
  }
}
