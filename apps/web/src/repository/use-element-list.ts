import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql, gqlRequest, type ElementFilterInput } from '@kartasto/graphql';

const PAGE_SIZE = 50;

const ElementListQuery = graphql(`
  query ElementList($modelId: ID!, $filter: ElementFilterInput, $first: Int!, $after: String) {
    elements(modelId: $modelId, filter: $filter, first: $first, after: $after) {
      nodes {
        id
        name
        type
        specialization
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

/** One filtered list of a model's elements, fetched a page at a time ("load more"). */
export function useElementList(modelId: string, filter: ElementFilterInput, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['elements', modelId, filter],
    enabled,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      gqlRequest(ElementListQuery, { modelId, filter, first: PAGE_SIZE, after: pageParam }),
    getNextPageParam: (last) =>
      last.elements.pageInfo.hasNextPage ? last.elements.pageInfo.endCursor : undefined,
    select: (data) => ({
      elements: data.pages.flatMap((p) => p.elements.nodes),
      totalCount: data.pages[0]?.elements.totalCount ?? 0,
    }),
  });
}
