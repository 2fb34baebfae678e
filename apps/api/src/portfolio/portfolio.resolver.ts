import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../auth/current-context.decorator';
import type { RequestContext } from '../common/request-context';
import {
  Portfolio,
  PortfolioFilterInput,
  PortfolioLegalReport,
  PortfolioRow,
  PortfolioSavedFilter,
  PortfolioSortInput,
  PortfolioValueLists,
  SavePortfolioFilterInput,
  TransferMethodResult,
  UpdatePortfolioCellInput,
  UpdatePortfolioValueListInput,
} from './dto/portfolio.types';
import { PortfolioService } from './portfolio.service';

@Resolver(() => PortfolioRow)
export class PortfolioResolver {
  constructor(private readonly portfolioService: PortfolioService) {}

  @Query(() => Portfolio, {
    description:
      'The model’s system portfolio: every application component (narrow with filter.specialization).',
  })
  portfolio(
    @Ctx() ctx: RequestContext,
    @Args('modelId', { type: () => ID }) modelId: string,
    @Args('filter', { nullable: true }) filter?: PortfolioFilterInput,
    @Args('sort', { type: () => [PortfolioSortInput], nullable: true }) sort?: PortfolioSortInput[],
  ): Promise<Portfolio> {
    return this.portfolioService.portfolio(ctx, modelId, filter, sort);
  }

  @Query(() => Portfolio, {
    description: 'Systems of every model the user may read (or of the given ones), side by side.',
  })
  crossPortfolio(
    @Ctx() ctx: RequestContext,
    @Args('modelIds', { type: () => [ID], nullable: true }) modelIds?: string[],
    @Args('filter', { nullable: true }) filter?: PortfolioFilterInput,
    @Args('sort', { type: () => [PortfolioSortInput], nullable: true }) sort?: PortfolioSortInput[],
  ): Promise<Portfolio> {
    return this.portfolioService.crossPortfolio(ctx, modelIds, filter, sort);
  }

  @Query(() => PortfolioLegalReport, { description: 'Systems missing what 906/2019 §5 requires.' })
  portfolioLegalReport(
    @Ctx() ctx: RequestContext,
    @Args('modelId', { type: () => ID }) modelId: string,
  ): Promise<PortfolioLegalReport> {
    return this.portfolioService.legalReport(ctx, modelId);
  }

  @Query(() => PortfolioValueLists, {
    description: 'Controlled value lists of a model’s (or an organisation’s) organisation.',
  })
  portfolioValueLists(
    @Ctx() ctx: RequestContext,
    @Args('modelId', { type: () => ID, nullable: true }) modelId?: string,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string,
  ): Promise<PortfolioValueLists> {
    return this.portfolioService.valueLists(ctx, modelId, organizationId);
  }

  @Query(() => [PortfolioSavedFilter], {
    description: 'The signed-in user’s saved filters for a model (and global ones).',
  })
  portfolioSavedFilters(
    @Ctx() ctx: RequestContext,
    @Args('modelId', { type: () => ID, nullable: true }) modelId?: string,
  ): Promise<PortfolioSavedFilter[]> {
    return this.portfolioService.savedFilters(ctx, modelId);
  }

  @Mutation(() => PortfolioRow, {
    description: 'Edits one cell; answers CONFLICT when expectedVersion is stale.',
  })
  updatePortfolioCell(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdatePortfolioCellInput,
  ): Promise<PortfolioRow> {
    return this.portfolioService.updateCell(ctx, input);
  }

  @Mutation(() => TransferMethodResult, {
    description: 'Sets the transfer method of an interface (flow, serving or triggering).',
  })
  updateInterfaceTransferMethod(
    @Ctx() ctx: RequestContext,
    @Args('relationshipId', { type: () => ID }) relationshipId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('value', { type: () => String, nullable: true }) value: string | null,
  ): Promise<TransferMethodResult> {
    return this.portfolioService.updateTransferMethod(
      ctx,
      relationshipId,
      expectedVersion,
      value ?? null,
    );
  }

  @Mutation(() => PortfolioValueLists, {
    description: 'Organisation admins only; version-checked.',
  })
  updatePortfolioValueList(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdatePortfolioValueListInput,
  ): Promise<PortfolioValueLists> {
    return this.portfolioService.updateValueList(ctx, input);
  }

  @Mutation(() => PortfolioSavedFilter)
  savePortfolioFilter(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SavePortfolioFilterInput,
  ): Promise<PortfolioSavedFilter> {
    return this.portfolioService.saveFilter(ctx, input);
  }

  @Mutation(() => Boolean)
  deletePortfolioFilter(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.portfolioService.deleteFilter(ctx, id);
  }
}
