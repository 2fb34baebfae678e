import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql, gqlRequest, type CreateRelationshipInput } from '@kartasto/graphql';
import { elementKey } from '../elements/use-element';

const CreateRelationshipMutation = graphql(`
  mutation CreateRelationship($input: CreateRelationshipInput!) {
    createRelationship(input: $input) {
      id
      sourceId
      targetId
    }
  }
`);

export function useCreateRelationship() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRelationshipInput) =>
      gqlRequest(CreateRelationshipMutation, { input }),
    onSuccess: (data) => {
      const { sourceId, targetId } = data.createRelationship;
      void client.invalidateQueries({ queryKey: elementKey(sourceId) });
      void client.invalidateQueries({ queryKey: elementKey(targetId) });
    },
  });
}
