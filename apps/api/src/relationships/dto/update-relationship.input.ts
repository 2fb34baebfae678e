import { Field, ID, InputType, Int, PartialType, PickType } from '@nestjs/graphql';
import { CreateRelationshipInput } from './create-relationship.input';

/** Only the fields given change; `expectedVersion` is the version the editor read. */
@InputType()
export class UpdateRelationshipInput extends PartialType(
  PickType(CreateRelationshipInput, [
    'name',
    'documentation',
    'accessType',
    'influenceStrength',
    'isDirected',
    'properties',
  ] as const),
) {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  expectedVersion!: number;
}
