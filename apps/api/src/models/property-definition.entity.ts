import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LangMap, PropertyDataType } from '@kartasto/metamodel';
import { LangMapScalar } from '../common/lang-map.scalar';

@ObjectType('PropertyDefinition')
@Entity('property_definition')
export class PropertyDefinitionEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  uuid!: string;

  @Column('uuid', { name: 'model_id' })
  modelId!: string;

  @Field(() => ID, { description: 'The identifier properties refer to.' })
  @Column('text')
  identifier!: string;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  name!: LangMap;

  @Field(() => String, { description: 'string, boolean, currency, date, time or number' })
  @Column('text', { name: 'data_type' })
  dataType!: PropertyDataType;
}
