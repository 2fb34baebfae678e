import { Field, ID, InputType } from '@nestjs/graphql';
import type { LangMap } from '@kartasto/metamodel';
import { LangMapScalar } from '../../common/lang-map.scalar';
import { ModelKind, ModelState, Visibility } from '../../common/graphql-types';

@InputType()
export class CreateModelInput {
  @Field(() => ID)
  organizationId!: string;
  @Field(() => LangMapScalar)
  name!: LangMap;
  @Field(() => LangMapScalar, { nullable: true })
  documentation?: LangMap;
  @Field(() => ModelKind)
  kind!: ModelKind;
  @Field(() => ModelState)
  state!: ModelState;
  @Field(() => Visibility, { defaultValue: Visibility.private })
  visibility!: Visibility;
  @Field(() => ID, { nullable: true, description: 'The reference model this one derives from.' })
  basedOnId?: string;
}
