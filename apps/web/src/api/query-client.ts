import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isGqlError } from '@kartasto/graphql';
import { VIEWER_KEY } from '../auth/use-viewer';

// Errors the server meant (codes) are answers, not hiccups: retrying them only delays the message.
const shouldRetry = (failures: number, error: unknown) =>
  failures < 2 && (!isGqlError(error) || error.code === 'NETWORK');

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
    // An expired session anywhere sends the user back to the sign-in page.
    queryCache: new QueryCache({ onError: (error) => onAnyError(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => onAnyError(client, error) }),
  });
  return client;
}

function onAnyError(client: QueryClient, error: unknown) {
  if (isGqlError(error, 'UNAUTHENTICATED')) client.setQueryData(VIEWER_KEY, { me: null });
}
