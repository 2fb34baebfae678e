// What the web app needs from the contract: the typed `graphql` tag, generated types and a fetch.
export { graphql } from './client/gql';
export * from './client/graphql';
export { gqlRequest, GqlError, isGqlError, type GqlErrorCode } from './gql-request';
