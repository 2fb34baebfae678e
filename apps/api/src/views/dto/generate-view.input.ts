import { Field, ID, InputType } from '@nestjs/graphql';
import type { LangMap } from '@kartasto/metamodel';
import { JsonScalar } from '../../common/json.scalar';
import { LangMapScalar } from '../../common/lang-map.scalar';

@InputType()
export class GenerateViewInput {
  @Field(() => ID)
  modelId!: string;
  @Field(() => String, { description: 'ecosystem, process or portfolio' })
  kind!: string;
  @Field(() => LangMapScalar, { nullable: true })
  name?: LangMap;
  @Field(() => JsonScalar, {
    nullable: true,
    description:
      'Kind-specific options: process {processId?, laneBy?, includeSystems?}; portfolio {groupBy: capability|owner|domain, groupProperty?, colorBy?}; any {elementIds?}.',
  })
  options?: Record<string, unknown>;
}
