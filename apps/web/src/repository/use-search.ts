import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql, gqlRequest } from '@kartasto/graphql';

const SearchQuery = graphql(`
  query SearchElements($text: String!, $modelId: ID, $first: Int!) {
    search(text: $text, modelId: $modelId, first: $first) {
      id
      modelId
      name
      type
      specialization
    }
  }
`);

/** Elements matching the words; nothing is asked for until there is text. */
export function useSearch(text: string, modelId: string, first = 20) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['search', modelId, trimmed, first],
    enabled: trimmed.length > 0,
    queryFn: () => gqlRequest(SearchQuery, { text: trimmed, modelId, first }),
    select: (data) => data.search,
    placeholderData: keepPreviousData,
  });
}
