import { Field, ID, InputType } from '@nestjs/graphql';
import type { LangMap } from '@kartasto/metamodel';
import { LangMapScalar } from '../../common/lang-map.scalar';
import { AccessTypeEnum, PropertyInput } from '../../common/graphql-types';

@InputType()
export class CreateRelationshipInput {
  @Field(() => ID)
  modelId!: string;
  @Field({ description: 'ArchiMate relationship type, e.g. Serving.' })
  type!: string;
  @Field(() => ID, { description: 'An element or a relationship.' })
  sourceId!: string;
  @Field(() => ID, { description: 'An element or a relationship.' })
  targetId!: string;
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
