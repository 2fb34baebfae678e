import { Field, ID, InputType } from '@nestjs/graphql';
import type { LangMap } from '@kartasto/metamodel';
import { LangMapScalar } from '../../common/lang-map.scalar';

@InputType()
export class CreateViewInput {
  @Field(() => ID)
  modelId!: string;
  @Field(() => LangMapScalar)
  name!: LangMap;
  @Field(() => String, { nullable: true, description: 'ArchiMate viewpoint name.' })
  viewpoint?: string;
  @Field(() => String, {
    nullable: true,
    description: 'JHS 179 framework cell, e.g. "business/conceptual".',
  })
  frameworkCell?: string;
}
