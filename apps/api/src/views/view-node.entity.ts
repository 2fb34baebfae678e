import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LangMap, PropertyDoc, StyleDoc } from '@kartasto/metamodel';
import { LangMapScalar } from '../common/lang-map.scalar';
import { PropertyObject } from '../common/graphql-types';
import { JsonScalar } from '../common/json.scalar';

@ObjectType('ViewNode')
@Entity('view_node')
export class ViewNodeEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'view_id' })
  viewId!: string;

  @Field()
  @Column('text')
  identifier!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Field({ description: 'element, container or label' })
  @Column('text')
  kind!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'element_id', nullable: true })
  elementId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'view_ref_id', nullable: true })
  viewRefId!: string | null;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  label!: LangMap;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  documentation!: LangMap;

  @Field(() => Float, { description: 'Relative to the parent node.' })
  @Column('double precision')
  x!: number;
  @Field(() => Float)
  @Column('double precision')
  y!: number;
  @Field(() => Float)
  @Column('double precision')
  width!: number;
  @Field(() => Float)
  @Column('double precision')
  height!: number;

  @Field(() => JsonScalar)
  @Column('jsonb')
  style!: StyleDoc;

  @Field(() => [PropertyObject])
  @Column('jsonb')
  properties!: PropertyDoc[];

  @Field(() => Int)
  @Column('int', { name: 'sort_order' })
  sortOrder!: number;

  @Field()
  @Column('boolean')
  pinned!: boolean;
}
