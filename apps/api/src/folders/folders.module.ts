import { Module } from '@nestjs/common';
import { FoldersResolver } from './folders.resolver';

@Module({ providers: [FoldersResolver] })
export class FoldersModule {}
