import { Field, ID, InputType } from '@nestjs/graphql';
import type { LangMap } from '@kartasto/metamodel';
import { LangMapScalar } from '../../common/lang-map.scalar';
import { PropertyInput } from '../../common/graphql-types';

@InputType()
export class CreateElementInput {
  @Field(() => ID)
  modelId!: string;
  @Field({ description: 'ArchiMate type, e.g. ApplicationComponent.' })
  type!: string;
  @Field(() => LangMapScalar)
  name!: LangMap;
  @Field(() => LangMapScalar, { nullable: true })
  documentation?: LangMap;
  @Field(() => String, { nullable: true })
  specialization?: string | null;
  @Field(() => ID, { nullable: true })
  folderId?: string | null;
  @Field(() => [PropertyInput], { nullable: true })
  properties?: PropertyInput[];
  @Field(() => ID, { nullable: true })
  referenceElementId?: string | null;
}
