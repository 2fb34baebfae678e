import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LangMap } from '@kartasto/metamodel';
import { LangMapScalar } from '../common/lang-map.scalar';
import { MembershipRole } from '../common/graphql-types';

@ObjectType('Organization')
@Entity('organization')
export class OrganizationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column('text')
  slug!: string;

  @Field({ description: 'national, region, municipality, agency or company' })
  @Column('text')
  kind!: string;

  @Field(() => LangMapScalar)
  @Column('jsonb')
  name!: LangMap;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Filled per request: the signed-in user's role here, if any. */
  @Field(() => MembershipRole, { nullable: true })
  myRole?: MembershipRole | null;
}
