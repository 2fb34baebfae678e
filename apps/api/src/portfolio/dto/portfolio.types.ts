import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LangMap } from '@kartasto/metamodel';
import { JsonScalar } from '../../common/json.scalar';
import { LangMapScalar } from '../../common/lang-map.scalar';

export enum LegalRequirementEnum {
  NAME = 'NAME',
  RESPONSIBLE_AUTHORITY = 'RESPONSIBLE_AUTHORITY',
  PURPOSE = 'PURPOSE',
  INTERFACES = 'INTERFACES',
  TRANSFER_METHODS = 'TRANSFER_METHODS',
}
registerEnumType(LegalRequirementEnum, {
  name: 'LegalRequirement',
  description:
    'What 906/2019 §5 requires of an information system: name, responsible authority, purpose, interfaces, transfer methods.',
});

export enum PortfolioFilterOp {
  in = 'in',
  notIn = 'notIn',
  contains = 'contains',
  empty = 'empty',
  notEmpty = 'notEmpty',
  gte = 'gte',
  lte = 'lte',
}
registerEnumType(PortfolioFilterOp, { name: 'PortfolioFilterOp' });

@ObjectType()
export class PortfolioInterface {
  @Field(() => ID)
  relationshipId!: string;
  @Field()
  relationshipIdentifier!: string;
  @Field(() => Int)
  relationshipVersion!: number;
  @Field({ description: 'Flow, Serving or Triggering.' })
  relationshipType!: string;
  @Field({ description: '"out" when the system sends, serves or triggers; "in" when it receives.' })
  direction!: string;
  @Field(() => ID)
  partnerId!: string;
  @Field(() => LangMapScalar)
  partnerName!: LangMap;
  @Field()
  partnerType!: string;
  @Field()
  partnerIsSystem!: boolean;
  @Field(() => LangMapScalar, { description: 'What flows: the relationship name.' })
  name!: LangMap;
  @Field(() => String, { nullable: true, description: 'Code from the transferMethod value list.' })
  transferMethod!: string | null;
}

@ObjectType()
export class PortfolioDataResource {
  @Field(() => ID)
  relationshipId!: string;
  @Field(() => ID)
  elementId!: string;
  @Field(() => LangMapScalar)
  name!: LangMap;
  @Field()
  type!: string;
  @Field(() => String, { nullable: true })
  accessType!: string | null;
}

@ObjectType({ description: 'One information system (application component) of the portfolio.' })
export class PortfolioRow {
  @Field(() => ID)
  elementId!: string;
  @Field()
  identifier!: string;
  @Field(() => ID)
  modelId!: string;
  @Field(() => ID)
  organizationId!: string;
  @Field(() => Int)
  version!: number;
  @Field(() => String, { nullable: true })
  specialization!: string | null;
  @Field(() => LangMapScalar)
  name!: LangMap;
  @Field(() => LangMapScalar, { description: 'Purpose of use (the element documentation).' })
  documentation!: LangMap;
  @Field(() => JsonScalar, {
    description: 'Attribute key -> stored text; controlled values as codes.',
  })
  values!: Record<string, string>;
  @Field(() => [PortfolioInterface])
  interfaces!: PortfolioInterface[];
  @Field(() => [PortfolioDataResource])
  dataResources!: PortfolioDataResource[];
  @Field(() => [LegalRequirementEnum])
  legalMissing!: LegalRequirementEnum[];
}

@ObjectType()
export class PortfolioAttributeInfo {
  @Field()
  key!: string;
  @Field({ description: 'Property definition identifier in the model.' })
  identifier!: string;
  @Field(() => LangMapScalar)
  label!: LangMap;
  @Field({ description: 'text, number, year, date, boolean, currency, choice, url or json' })
  kind!: string;
  @Field()
  group!: string;
  @Field(() => String, { nullable: true })
  valueList?: string | null;
}

@ObjectType()
export class PortfolioValue {
  @Field()
  code!: string;
  @Field(() => LangMapScalar)
  label!: LangMap;
}

@ObjectType()
export class PortfolioValueList {
  @Field()
  key!: string;
  @Field(() => LangMapScalar)
  label!: LangMap;
  @Field(() => Int, { description: '0 while the organisation uses the default list.' })
  version!: number;
  @Field(() => [PortfolioValue])
  values!: PortfolioValue[];
}

@ObjectType()
export class PortfolioValueLists {
  @Field(() => ID)
  organizationId!: string;
  @Field({ description: 'The user is an admin of the organisation and may edit the lists.' })
  canEdit!: boolean;
  @Field(() => [PortfolioValueList])
  lists!: PortfolioValueList[];
}

@ObjectType()
export class PortfolioModelInfo {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  organizationId!: string;
  @Field(() => LangMapScalar)
  name!: LangMap;
  @Field(() => LangMapScalar)
  organizationName!: LangMap;
  @Field()
  canEdit!: boolean;
}

@ObjectType()
export class Portfolio {
  @Field(() => [PortfolioModelInfo])
  models!: PortfolioModelInfo[];
  @Field(() => [PortfolioRow])
  rows!: PortfolioRow[];
  @Field(() => Int, { description: 'Systems before filtering.' })
  totalCount!: number;
  @Field(() => [PortfolioAttributeInfo])
  attributes!: PortfolioAttributeInfo[];
  @Field(() => [PortfolioValueLists])
  valueLists!: PortfolioValueLists[];
}

@ObjectType()
export class PortfolioLegalFinding {
  @Field(() => ID)
  elementId!: string;
  @Field()
  identifier!: string;
  @Field(() => LangMapScalar)
  name!: LangMap;
  @Field(() => [LegalRequirementEnum])
  missing!: LegalRequirementEnum[];
}

@ObjectType()
export class PortfolioLegalReport {
  @Field(() => Int)
  systemCount!: number;
  @Field(() => Int)
  compliantCount!: number;
  @Field(() => [PortfolioLegalFinding], {
    description: 'One finding per system missing something.',
  })
  findings!: PortfolioLegalFinding[];
}

@ObjectType()
export class PortfolioSavedFilter {
  @Field(() => ID)
  id!: string;
  @Field(() => ID, { nullable: true })
  modelId!: string | null;
  @Field()
  name!: string;
  @Field(() => JsonScalar, {
    description: 'Filter, sort, grouping and columns as the client saved them.',
  })
  settings!: unknown;
  @Field()
  createdAt!: Date;
}

@ObjectType()
export class TransferMethodResult {
  @Field(() => ID)
  relationshipId!: string;
  @Field(() => Int)
  version!: number;
  @Field(() => String, { nullable: true })
  transferMethod!: string | null;
}

@InputType()
export class PortfolioConditionInput {
  @Field({
    description: 'Attribute key, or name, description, identifier, specialization, legalMissing.',
  })
  key!: string;
  @Field(() => PortfolioFilterOp)
  op!: PortfolioFilterOp;
  @Field(() => [String], { nullable: true })
  values?: string[];
}

@InputType()
export class PortfolioFilterInput {
  @Field({ nullable: true })
  text?: string;
  @Field(() => [PortfolioConditionInput], { nullable: true })
  conditions?: PortfolioConditionInput[];
  @Field({ nullable: true })
  legalMissingOnly?: boolean;
  @Field({
    nullable: true,
    description: 'Only elements with this specialization; all application components otherwise.',
  })
  specialization?: string;
}

@InputType()
export class PortfolioSortInput {
  @Field()
  key!: string;
  @Field({ nullable: true, defaultValue: false })
  desc?: boolean;
}

@InputType()
export class UpdatePortfolioCellInput {
  @Field(() => ID)
  elementId!: string;
  @Field(() => Int)
  expectedVersion!: number;
  @Field({ description: 'Attribute key, or name.fi|sv|en, description.fi|sv|en.' })
  attribute!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Empty or null clears the value; a controlled value by code or label.',
  })
  value?: string | null;
}

@InputType()
export class PortfolioValueInput {
  @Field()
  code!: string;
  @Field(() => LangMapScalar)
  label!: LangMap;
}

@InputType()
export class UpdatePortfolioValueListInput {
  @Field(() => ID)
  organizationId!: string;
  @Field()
  key!: string;
  @Field(() => Int, { description: '0 when the organisation still uses the default list.' })
  expectedVersion!: number;
  @Field(() => [PortfolioValueInput])
  values!: PortfolioValueInput[];
}

@InputType()
export class SavePortfolioFilterInput {
  @Field(() => ID, { nullable: true })
  modelId?: string | null;
  @Field()
  name!: string;
  @Field(() => JsonScalar)
  settings!: unknown;
}
