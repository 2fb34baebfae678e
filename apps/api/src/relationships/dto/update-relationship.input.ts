import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { LangMap } from '@kartasto/metamodel';
import { LangMapScalar } from '../../common/lang-map.scalar';
import { AccessTypeEnum, PropertyInput } from '../../common/graphql-types';

@InputType()
export class UpdateRelationshipInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  expectedVersion!: number;
  @Field(() => LangMapScalar, { nullable: true })
  name?: LangMap;
  @Field(() => LangMapScalar, { nullable: true })
  documentation?: LangMap;
  @Field(() => AccessTypeEnum, { nullable: true })
  accessType?: AccessTypeEnum;
  @Field(() => String, { nullable: true })
  influenceStrength?: string;
  @Field(() => Boolean, { nullable: true })
  isDirected?: boolean;
  @Field(() => [PropertyInput], { nullable: true })
  properties?: PropertyInput[];
}
