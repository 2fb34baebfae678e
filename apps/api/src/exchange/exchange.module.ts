import { Module } from '@nestjs/common';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';

@Module({
  controllers: [ImportController, ExportController],
  providers: [ImportService, ExportService],
  exports: [ImportService, ExportService],
})
export class ExchangeModule {}
