import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, gqlRequest } from '@kartasto/graphql';
import type { LangMap } from '@kartasto/metamodel';
import { toModelDocument, toViewDoc, type ApiView } from './view-doc';
import type { ViewCommand } from './view-commands';

export const ViewFields = graphql(`
  fragment ViewFields on View {
    id
    modelId
    version
    kind
    name
    documentation
    viewpoint
    nodes {
      id
      kind
      parentId
      elementId
      viewRefId
      label
      documentation
      x
      y
      width
      height
      style
      pinned
      sortOrder
    }
    connections {
      id
      kind
      relationshipId
      sourceId
      targetId
      bendpoints
      label
      documentation
      style
      sortOrder
    }
  }
`);

const ViewWithModelQuery = graphql(`
  query ViewWithModel($id: ID!) {
    view(id: $id) {
      ...ViewFields
    }
    viewModel(viewId: $id)
  }
`);

const ViewListQuery = graphql(`
  query ViewList($modelId: ID!) {
    views(modelId: $modelId) {
      id
      name
      kind
      viewpoint
    }
  }
`);

const ApplyViewCommandsMutation = graphql(`
  mutation ApplyViewCommands($viewId: ID!, $expectedVersion: Int!, $commands: [JSON!]!) {
    applyViewCommands(viewId: $viewId, expectedVersion: $expectedVersion, commands: $commands) {
      ...ViewFields
    }
  }
`);

const GenerateViewMutation = graphql(`
  mutation GenerateView($input: GenerateViewInput!) {
    generateView(input: $input) {
      id
      modelId
    }
  }
`);

const CreateViewMutation = graphql(`
  mutation CreateView($input: CreateViewInput!) {
    createView(input: $input) {
      id
      modelId
    }
  }
`);

export const viewKey = (id: string) => ['view', id] as const;
export const viewListKey = (modelId: string) => ['views', modelId] as const;

/** The view with the model subset it shows, as the diagram library's documents. */
export function useViewWithModel(viewId: string) {
  return useQuery({
    queryKey: viewKey(viewId),
    queryFn: () => gqlRequest(ViewWithModelQuery, { id: viewId }),
    select: (data) => ({
      view: toViewDoc(data.view as ApiView),
      version: data.view.version,
      modelId: data.view.modelId,
      model: toModelDocument(data.viewModel),
    }),
    // The editor keeps its own copy while open; a background refetch would fight it. Dropped
    // when the editor closes, so reopening never starts from an outdated version.
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useViewList(modelId: string) {
  return useQuery({
    queryKey: viewListKey(modelId),
    queryFn: () => gqlRequest(ViewListQuery, { modelId }),
    select: (data) => data.views,
  });
}

/** Sends one batch; answers the view as stored afterwards (with its new version). */
export async function sendViewCommands(
  viewId: string,
  expectedVersion: number,
  commands: readonly ViewCommand[],
): Promise<{ view: ReturnType<typeof toViewDoc>; version: number }> {
  const data = await gqlRequest(ApplyViewCommandsMutation, {
    viewId,
    expectedVersion,
    commands: commands as unknown[],
  });
  return {
    view: toViewDoc(data.applyViewCommands as ApiView),
    version: data.applyViewCommands.version,
  };
}

export type GeneratedKind = 'ecosystem' | 'process' | 'portfolio';

export function useGenerateView(modelId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { kind: GeneratedKind; name?: LangMap }) =>
      gqlRequest(GenerateViewMutation, { input: { modelId, kind: vars.kind, name: vars.name } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: viewListKey(modelId) }),
  });
}

export function useCreateView(modelId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: LangMap) => gqlRequest(CreateViewMutation, { input: { modelId, name } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: viewListKey(modelId) }),
  });
}
