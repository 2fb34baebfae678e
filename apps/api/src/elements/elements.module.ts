import { Module } from '@nestjs/common';
import { ElementResolver } from './element.resolver';
import { ElementService } from './element.service';

@Module({ providers: [ElementService, ElementResolver], exports: [ElementService] })
export class ElementsModule {}
