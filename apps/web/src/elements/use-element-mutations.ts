import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  graphql,
  gqlRequest,
  type CreateElementInput,
  type UpdateElementInput,
} from '@kartasto/graphql';
import { elementKey } from './use-element';

const CreateElementMutation = graphql(`
  mutation CreateElement($input: CreateElementInput!) {
    createElement(input: $input) {
      id
      modelId
    }
  }
`);

const UpdateElementMutation = graphql(`
  mutation UpdateElement($input: UpdateElementInput!) {
    updateElement(input: $input) {
      id
      version
    }
  }
`);

const DeleteElementMutation = graphql(`
  mutation DeleteElement($id: ID!, $expectedVersion: Int!) {
    deleteElement(id: $id, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

const RestoreElementMutation = graphql(`
  mutation RestoreElement($id: ID!, $expectedVersion: Int!) {
    restoreElement(id: $id, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

/** Lists, searches and the panel all show element names: refresh them after any change. */
function refreshAfterChange(client: QueryClient, elementId?: string) {
  if (elementId) void client.invalidateQueries({ queryKey: elementKey(elementId) });
  void client.invalidateQueries({ queryKey: ['elements'] });
  void client.invalidateQueries({ queryKey: ['search'] });
}

export function useCreateElement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateElementInput) => gqlRequest(CreateElementMutation, { input }),
    onSuccess: () => refreshAfterChange(client),
  });
}

export function useUpdateElement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateElementInput) => gqlRequest(UpdateElementMutation, { input }),
    onSuccess: (data) => refreshAfterChange(client, data.updateElement.id),
  });
}

export function useDeleteElement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string; expectedVersion: number }) =>
      gqlRequest(DeleteElementMutation, vars),
    onSuccess: (data) => refreshAfterChange(client, data.deleteElement.id),
  });
}

export function useRestoreElement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string; expectedVersion: number }) =>
      gqlRequest(RestoreElementMutation, vars),
    onSuccess: (data) => refreshAfterChange(client, data.restoreElement.id),
  });
}
