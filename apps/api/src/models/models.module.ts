import { Global, Module } from '@nestjs/common';
import { ModelAccessService } from './model-access.service';
import { ModelsResolver } from './models.resolver';
import { ModelsService } from './models.service';

@Global()
@Module({
  providers: [ModelAccessService, ModelsService, ModelsResolver],
  exports: [ModelAccessService],
})
export class ModelsModule {}
