import { Global, Module } from '@nestjs/common';
import { CONFIG } from '../app.tokens';
import { KartastoConfig } from './kartasto-config';

/** Makes the validated configuration injectable as CONFIG everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forConfig(config: KartastoConfig) {
    return {
      module: ConfigModule,
      providers: [{ provide: CONFIG, useValue: config }],
      exports: [CONFIG],
    };
  }
}
