import { Field, ID, InputType, Int, PartialType, PickType } from '@nestjs/graphql';
import { CreateElementInput } from './create-element.input';

/** Only the fields given change; `expectedVersion` is the version the editor read. */
@InputType()
export class UpdateElementInput extends PartialType(
  PickType(CreateElementInput, ['name', 'documentation', 'specialization', 'properties'] as const),
) {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  expectedVersion!: number;
}
