import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../auth/current-context.decorator';
import type { RequestContext } from '../common/request-context';
import { ElementEntity } from '../elements/element.entity';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => [ElementEntity], {
    description:
      'Elements whose names or documentation (any language) match the words, best first.',
  })
  search(
    @Ctx() ctx: RequestContext,
    @Args('text') text: string,
    @Args('modelId', { type: () => ID, nullable: true }) modelId?: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first?: number,
  ): Promise<ElementEntity[]> {
    return this.searchService.search(ctx, text, modelId, first ?? 20);
  }
}
