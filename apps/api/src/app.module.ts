import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { DataSource } from 'typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AuthService, SESSION_COOKIE } from './auth/auth.service';
import { ErrorsFilter } from './common/domain-error.filter';
import { formatExecution } from './common/graphql-errors';
import { LangMapScalar } from './common/lang-map.scalar';
import { JsonScalar } from './common/json.scalar';
import { createLoaders } from './common/loaders';
import { maxFieldsRule } from './common/query-limits';
import type { RequestContext } from './common/request-context';
import { KartastoConfig } from './config/kartasto-config';
import { DatabaseModule } from './database/database.module';
import { ConfigModule } from './config/config.module';
import { ElementsModule } from './elements/elements.module';
import { ExchangeModule } from './exchange/exchange.module';
import { FoldersModule } from './folders/folders.module';
import { ModelsModule } from './models/models.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PortfolioModule } from './portfolio/portfolio.module';
import { RelationshipsModule } from './relationships/relationships.module';
import { SearchModule } from './search/search.module';
import { ViewsModule } from './views/views.module';

/** Feature modules; the schema printer builds the SDL from the same list. */
export const FEATURE_MODULES = [
  AuditModule,
  AuthModule,
  OrganizationsModule,
  ModelsModule,
  FoldersModule,
  ElementsModule,
  RelationshipsModule,
  ViewsModule,
  SearchModule,
  ExchangeModule,
  PortfolioModule,
];

export const SCALARS = [LangMapScalar, JsonScalar];

@Module({})
export class AppModule {
  static forRoot(config: KartastoConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forDataSource(dataSource),
        ConfigModule.forConfig(config),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          inject: [AuthService, DataSource],
          useFactory: (auth: AuthService, db: DataSource) => {
            auth.sessionTtlSeconds = config.SESSION_TTL_SECONDS;
            return {
              autoSchemaFile: true,
              sortSchema: true,
              resolvers: { LangMap: LangMapScalar, JSON: JsonScalar },
              graphiql: false,
              jit: 1,
              queryDepth: 12,
              validationRules: [NoSchemaIntrospectionCustomRule, maxFieldsRule(2000)],
              context: async (
                req: FastifyRequest,
                reply: FastifyReply,
              ): Promise<RequestContext> => ({
                req,
                reply,
                requestId: String(req.id),
                user: await auth.userForToken(req.cookies?.[SESSION_COOKIE]),
                loaders: createLoaders(db),
              }),
              errorFormatter: (execution, ctx) =>
                formatExecution(
                  execution,
                  (ctx as unknown as { reply?: FastifyReply })?.reply?.request?.id ?? 'unknown',
                ),
            };
          },
        }),
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_FILTER, useClass: ErrorsFilter }],
    };
  }
}
