import { Module } from '@nestjs/common';
import { RelationshipResolver } from './relationship.resolver';
import { RelationshipService } from './relationship.service';

@Module({ providers: [RelationshipService, RelationshipResolver], exports: [RelationshipService] })
export class RelationshipsModule {}
