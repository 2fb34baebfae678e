import { useQuery } from '@tanstack/react-query';
import { graphql, gqlRequest, type ElementDetailQuery } from '@kartasto/graphql';

export const ElementDetail = graphql(`
  query ElementDetail($id: ID!) {
    element(id: $id) {
      id
      modelId
      identifier
      type
      specialization
      name
      documentation
      folderId
      version
      deletedAt
      updatedAt
      properties {
        definitionId
        value
      }
      outgoing {
        id
        type
        accessType
        influenceStrength
        isDirected
        targetId
        target {
          id
          name
          type
        }
      }
      incoming {
        id
        type
        accessType
        influenceStrength
        isDirected
        sourceId
        source {
          id
          name
          type
        }
      }
      usedInViews {
        id
        name
        kind
      }
    }
  }
`);

export type ElementDetailData = ElementDetailQuery['element'];
export type RelationshipSummary = ElementDetailData['outgoing'][number];
export type IncomingSummary = ElementDetailData['incoming'][number];

export const elementKey = (id: string) => ['element', id] as const;

export function useElement(elementId: string) {
  return useQuery({
    queryKey: elementKey(elementId),
    queryFn: () => gqlRequest(ElementDetail, { id: elementId }),
    select: (data) => data.element,
  });
}
