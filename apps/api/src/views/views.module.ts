import { Module } from '@nestjs/common';
import { ViewConnectionResolver, ViewsResolver } from './views.resolver';
import { ViewsService } from './views.service';

@Module({
  providers: [ViewsService, ViewsResolver, ViewConnectionResolver],
  exports: [ViewsService],
})
export class ViewsModule {}
