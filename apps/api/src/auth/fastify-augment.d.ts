import 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    kartastoCookieSecure?: boolean;
  }
}
