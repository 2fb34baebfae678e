import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { LangMap } from '@kartasto/metamodel';
import { LangMapScalar } from '../../common/lang-map.scalar';
import { PropertyInput } from '../../common/graphql-types';

/** Only the fields given change; `expectedVersion` is the version the editor read. */
@InputType()
export class UpdateElementInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  expectedVersion!: number;
  @Field(() => LangMapScalar, { nullable: true })
  name?: LangMap;
  @Field(() => LangMapScalar, { nullable: true })
  documentation?: LangMap;
  @Field(() => String, { nullable: true })
  specialization?: string | null;
  @Field(() => [PropertyInput], { nullable: true })
  properties?: PropertyInput[];
}
