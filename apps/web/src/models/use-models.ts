import { useQuery } from '@tanstack/react-query';
import { graphql, gqlRequest } from '@kartasto/graphql';

const OrganizationsAndModelsQuery = graphql(`
  query OrganizationsAndModels {
    organizations {
      id
      name
      slug
      kind
      myRole
    }
    models {
      id
      name
      kind
      state
      visibility
      canEdit
      organizationId
    }
  }
`);

/** Everything the header's organisation and model choosers list. */
export function useOrganizationsAndModels() {
  return useQuery({
    queryKey: ['organizations-and-models'],
    queryFn: () => gqlRequest(OrganizationsAndModelsQuery),
  });
}
