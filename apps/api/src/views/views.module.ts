import { Module } from '@nestjs/common';
import { ViewConnectionResolver, ViewsResolver } from './views.resolver';

@Module({ providers: [ViewsResolver, ViewConnectionResolver] })
export class ViewsModule {}
