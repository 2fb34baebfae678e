import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LangMap } from '@kartasto/metamodel';
import { LangMapScalar } from './lang-map.scalar';

/** One property value of an element, relationship, view or model. */
@ObjectType('Property')
export class PropertyObject {
  @Field({ description: 'Identifier of the property definition in the model.' })
  definitionId!: string;
  @Field(() => LangMapScalar)
  value!: LangMap;
}

@InputType('PropertyInput')
export class PropertyInput {
  @Field()
  definitionId!: string;
  @Field(() => LangMapScalar)
  value!: LangMap;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
  @Field()
  hasNextPage!: boolean;
}

export enum ModelKind {
  enterprise = 'enterprise',
  reference = 'reference',
  solution = 'solution',
  ecosystem = 'ecosystem',
}
export enum ModelState {
  current = 'current',
  target = 'target',
  transition = 'transition',
}
export enum Visibility {
  private = 'private',
  network = 'network',
  public = 'public',
}
export enum MembershipRole {
  viewer = 'viewer',
  editor = 'editor',
  reviewer = 'reviewer',
  admin = 'admin',
}
export enum AccessTypeEnum {
  Access = 'Access',
  Read = 'Read',
  Write = 'Write',
  ReadWrite = 'ReadWrite',
}
registerEnumType(ModelKind, { name: 'ModelKind' });
registerEnumType(ModelState, {
  name: 'ModelState',
  description: 'nykytila, tavoitetila, siirtymävaihe',
});
registerEnumType(Visibility, { name: 'Visibility' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(AccessTypeEnum, { name: 'AccessType' });
