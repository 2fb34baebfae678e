import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every resolver error to GraphQL unchanged; formatGraphQLErrors decides what the client
 * sees and logs the unexpected ones once, with the request id.
 */
@Catch()
export class PassThroughErrorFilter implements GqlExceptionFilter {
  catch(error: unknown) {
    return error;
  }
}
