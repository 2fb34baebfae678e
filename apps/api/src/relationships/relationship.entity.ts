import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LangMap, PropertyDoc } from '@kartasto/metamodel';
import { LangMapScalar } from '../common/lang-map.scalar';
import { AccessTypeEnum, PropertyObject } from '../common/graphql-types';
import { VersionedAudited } from '../common/audited.columns';

@ObjectType('Relationship', { description: 'An ArchiMate relationship between two concepts.' })
@Entity('relationship')
export class RelationshipEntity extends VersionedAudited {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'model_id' })
  modelId!: string;

  @Field()
  @Column('text')
  identifier!: string;

  @Field({ description: 'ArchiMate relationship type, e.g. Serving.' })
  @Column('text')
  type!: string;

  @Column('uuid', { name: 'source_element_id', nullable: true })
  sourceElementId!: string | null;
  @Column('uuid', { name: 'source_relationship_id', nullable: true })
  sourceRelationshipId!: string | null;
  @Column('uuid', { name: 'target_element_id', nullable: true })
  targetElementId!: string | null;
  @Column('uuid', { name: 'target_relationship_id', nullable: true })
  targetRelationshipId!: string | null;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  name!: LangMap;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  documentation!: LangMap;

  @Field(() => [PropertyObject])
  @Column('jsonb')
  properties!: PropertyDoc[];

  @Field(() => AccessTypeEnum, { nullable: true })
  @Column('text', { name: 'access_type', nullable: true })
  accessType!: AccessTypeEnum | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'influence_strength', nullable: true })
  influenceStrength!: string | null;

  @Field(() => Boolean, { nullable: true })
  @Column('boolean', { name: 'is_directed', nullable: true })
  isDirected!: boolean | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  specialization!: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'folder_id', nullable: true })
  folderId!: string | null;
}
