import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Loaders } from './loaders';

export type Role = 'viewer' | 'editor' | 'reviewer' | 'admin';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  /** organizationId -> role */
  memberships: Map<string, Role>;
}

/** What every resolver gets: the HTTP pair, the signed-in user, the request id and loaders. */
export interface RequestContext {
  req: FastifyRequest;
  reply: FastifyReply;
  requestId: string;
  user: SessionUser | null;
  loaders: Loaders;
}
