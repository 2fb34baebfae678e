import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';

export const DATA_SOURCE = DataSource;

/** Provides the one DataSource the bootstrap initialised (migrations already run). */
@Global()
@Module({})
export class DatabaseModule {
  static forDataSource(dataSource: DataSource) {
    return {
      module: DatabaseModule,
      providers: [{ provide: DataSource, useValue: dataSource }],
      exports: [DataSource],
    };
  }
}
