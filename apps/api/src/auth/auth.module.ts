import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { HttpContextFactory } from '../common/http-context';

@Global()
@Module({
  providers: [
    AuthService,
    AuthResolver,
    HttpContextFactory,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, HttpContextFactory],
})
export class AuthModule {}
