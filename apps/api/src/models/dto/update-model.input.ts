import { Field, ID, InputType, Int, PartialType, PickType } from '@nestjs/graphql';
import { CreateModelInput } from './create-model.input';

/** Rename, re-describe, change state or share a model; `expectedVersion` is the version read. */
@InputType()
export class UpdateModelInput extends PartialType(
  PickType(CreateModelInput, ['name', 'documentation', 'state', 'visibility'] as const),
) {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  expectedVersion!: number;
}
