import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LangMap, PropertyDoc } from '@kartasto/metamodel';
import { LangMapScalar } from '../common/lang-map.scalar';
import { PropertyObject } from '../common/graphql-types';
import { VersionedAudited } from '../common/audited.columns';

@ObjectType('Element', { description: 'An ArchiMate element in a model.' })
@Entity('element')
export class ElementEntity extends VersionedAudited {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'model_id' })
  modelId!: string;

  @Field({ description: 'Identifier in exchange files, stable across import and export.' })
  @Column('text')
  identifier!: string;

  @Field({ description: 'ArchiMate type, e.g. ApplicationComponent.' })
  @Column('text')
  type!: string;

  @Field(() => String, {
    nullable: true,
    description: 'JHS 179 specialization, e.g. Tietojärjestelmä.',
  })
  @Column('text', { nullable: true })
  specialization!: string | null;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  name!: LangMap;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  documentation!: LangMap;

  @Field(() => [PropertyObject])
  @Column('jsonb')
  properties!: PropertyDoc[];

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'folder_id', nullable: true })
  folderId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The reference-architecture element this realises.',
  })
  @Column('uuid', { name: 'reference_element_id', nullable: true })
  referenceElementId!: string | null;
}
