import { useQuery } from '@tanstack/react-query';
import { graphql, gqlRequest } from '@kartasto/graphql';

const ModelQuery = graphql(`
  query Model($id: ID!) {
    model(id: $id) {
      id
      name
      kind
      state
      visibility
      version
      canEdit
      organization {
        id
        name
        myRole
      }
    }
  }
`);

const PropertyDefinitionsQuery = graphql(`
  query PropertyDefinitions($id: ID!) {
    model(id: $id) {
      id
      propertyDefinitions {
        identifier
        name
        dataType
      }
    }
  }
`);

export function useModel(modelId: string) {
  return useQuery({
    queryKey: ['model', modelId],
    queryFn: () => gqlRequest(ModelQuery, { id: modelId }),
    select: (data) => data.model,
  });
}

/**
 * Names for property ids, asked separately so a failure here only costs the names (the
 * panel then shows the ids), never the whole element.
 */
export function usePropertyDefinitions(modelId: string) {
  return useQuery({
    queryKey: ['property-definitions', modelId],
    queryFn: () => gqlRequest(PropertyDefinitionsQuery, { id: modelId }),
    select: (data) => data.model.propertyDefinitions,
  });
}
