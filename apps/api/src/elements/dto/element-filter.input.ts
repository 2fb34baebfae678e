import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ElementFilterInput {
  @Field(() => [String], {
    nullable: true,
    description: 'ArchiMate types, e.g. ["ApplicationComponent"].',
  })
  types?: string[];
  @Field(() => [String], {
    nullable: true,
    description: 'Layers: strategy, business, application, …',
  })
  layers?: string[];
  @Field(() => ID, { nullable: true })
  folderId?: string;
  @Field({ nullable: true, description: 'Words to find in names and documentation, any language.' })
  text?: string;
  @Field({ nullable: true, defaultValue: false })
  deleted?: boolean;
}
