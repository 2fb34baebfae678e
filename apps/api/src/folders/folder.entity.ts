import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LangMap } from '@kartasto/metamodel';
import { LangMapScalar } from '../common/lang-map.scalar';

@ObjectType('Folder')
@Entity('folder')
export class FolderEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'model_id' })
  modelId!: string;

  @Field()
  @Column('text')
  identifier!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  name!: LangMap;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  documentation!: LangMap;

  @Field(() => Int)
  @Column('int', { name: 'sort_order' })
  sortOrder!: number;

  @Field(() => Int)
  @Column('int')
  version!: number;
}
