import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LangMap, PropertyDoc } from '@kartasto/metamodel';
import { LangMapScalar } from '../common/lang-map.scalar';
import { PropertyObject } from '../common/graphql-types';
import { VersionedAudited } from '../common/audited.columns';

@ObjectType('View', {
  description: 'A diagram of a model: ArchiMate, ecosystem, process or portfolio.',
})
@Entity('view')
export class ViewEntity extends VersionedAudited {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'model_id' })
  modelId!: string;

  @Field()
  @Column('text')
  identifier!: string;

  @Field({ description: 'archimate, ecosystem, process or portfolio' })
  @Column('text')
  kind!: string;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  name!: LangMap;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  documentation!: LangMap;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  viewpoint!: string | null;

  @Field(() => String, { nullable: true, description: 'JHS 179 viewpoint of the framework cell.' })
  @Column('text', { name: 'framework_viewpoint', nullable: true })
  frameworkViewpoint!: string | null;

  @Field(() => String, { nullable: true, description: 'JHS 179 level of the framework cell.' })
  @Column('text', { name: 'framework_level', nullable: true })
  frameworkLevel!: string | null;

  @Field(() => [PropertyObject])
  @Column('jsonb')
  properties!: PropertyDoc[];

  @Column('jsonb')
  layout!: Record<string, unknown>;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'folder_id', nullable: true })
  folderId!: string | null;
}
