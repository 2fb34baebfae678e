import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LangMap, PropertyDoc } from '@kartasto/metamodel';
import { LangMapScalar } from '../common/lang-map.scalar';
import { ModelKind, ModelState, PropertyObject, Visibility } from '../common/graphql-types';
import { VersionedAudited } from '../common/audited.columns';

@ObjectType('Model', { description: 'One architecture description set owned by an organisation.' })
@Entity('model')
export class ModelEntity extends VersionedAudited {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'Identifier in exchange files.' })
  @Column('text', { nullable: true })
  identifier!: string | null;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  name!: LangMap;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  documentation!: LangMap;

  @Field(() => ModelKind)
  @Column('text')
  kind!: ModelKind;

  @Field(() => ModelState)
  @Column('text')
  state!: ModelState;

  @Field(() => Visibility)
  @Column('text')
  visibility!: Visibility;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'based_on_id', nullable: true })
  basedOnId!: string | null;

  @Column('jsonb')
  metadata!: { xml?: string };

  @Field(() => [PropertyObject])
  @Column('jsonb')
  properties!: PropertyDoc[];
}
