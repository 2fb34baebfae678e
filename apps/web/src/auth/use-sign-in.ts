import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { graphql, gqlRequest, type ViewerQuery } from '@kartasto/graphql';
import { VIEWER_KEY } from './use-viewer';

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
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

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Another user's cached answers must never show: drop every query but the viewer's, which
 * stays (with its observer) and takes the new user.
 */
function switchUser(client: QueryClient, me: ViewerQuery['me']) {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== VIEWER_KEY[0] });
  client.setQueryData(VIEWER_KEY, { me });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { email: string; password: string }) => gqlRequest(SignInMutation, vars),
    onSuccess: (data) => switchUser(client, data.signIn),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => gqlRequest(SignOutMutation),
    onSettled: () => switchUser(client, null),
  });
}
