import { useQuery } from '@tanstack/react-query';
import { graphql, gqlRequest } from '@kartasto/graphql';

export const VIEWER_KEY = ['viewer'] as const;

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      email
      displayName
      memberships {
        organizationId
        role
      }
    }
  }
`);

/** The signed-in user; `me` is null when nobody is signed in. */
export function useViewer() {
  return useQuery({
    queryKey: VIEWER_KEY,
    queryFn: () => gqlRequest(ViewerQuery),
    staleTime: Infinity,
  });
}
