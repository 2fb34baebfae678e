import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LangMap, Point, PropertyDoc, StyleDoc } from '@kartasto/metamodel';
import { LangMapScalar } from '../common/lang-map.scalar';
import { PropertyObject } from '../common/graphql-types';
import { JsonScalar } from '../common/json.scalar';

@ObjectType('ViewConnection')
@Entity('view_connection')
export class ViewConnectionEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'view_id' })
  viewId!: string;

  @Field()
  @Column('text')
  identifier!: string;

  @Field({ description: 'relationship or line' })
  @Column('text')
  kind!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'relationship_id', nullable: true })
  relationshipId!: string | null;

  @Column('uuid', { name: 'source_node_id', nullable: true })
  sourceNodeId!: string | null;
  @Column('uuid', { name: 'source_connection_id', nullable: true })
  sourceConnectionId!: string | null;
  @Column('uuid', { name: 'target_node_id', nullable: true })
  targetNodeId!: string | null;
  @Column('uuid', { name: 'target_connection_id', nullable: true })
  targetConnectionId!: string | null;

  @Field(() => JsonScalar, { description: 'Absolute diagram coordinates [{x, y}].' })
  @Column('jsonb')
  bendpoints!: Point[];

  @Field(() => LangMapScalar)
  @Column('jsonb')
  label!: LangMap;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  documentation!: LangMap;

  @Field(() => JsonScalar)
  @Column('jsonb')
  style!: StyleDoc;

  @Field(() => [PropertyObject])
  @Column('jsonb')
  properties!: PropertyDoc[];

  @Field(() => Int)
  @Column('int', { name: 'sort_order' })
  sortOrder!: number;
}
