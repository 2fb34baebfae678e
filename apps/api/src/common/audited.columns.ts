import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Column } from 'typeorm';

/** Optimistic-lock version and audit columns shared by every editable model-scoped table. */
@ObjectType({ isAbstract: true })
export abstract class VersionedAudited {
  @Field(() => Int, { description: 'Send back with every update; a stale one answers CONFLICT.' })
  @Column('int')
  version!: number;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;
}
