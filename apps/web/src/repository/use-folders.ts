import { useQuery } from '@tanstack/react-query';
import { graphql, gqlRequest } from '@kartasto/graphql';

const FoldersQuery = graphql(`
  query Folders($modelId: ID!) {
    folders(modelId: $modelId) {
      id
      name
      parentId
      sortOrder
    }
  }
`);

export function useFolders(modelId: string) {
  return useQuery({
    queryKey: ['folders', modelId],
    queryFn: () => gqlRequest(FoldersQuery, { modelId }),
    select: (data) => data.folders,
  });
}
