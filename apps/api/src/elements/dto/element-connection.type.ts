import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/graphql-types';
import { ElementEntity } from '../element.entity';

@ObjectType()
export class ElementConnection {
  @Field(() => [ElementEntity])
  nodes!: ElementEntity[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  @Field(() => Int)
  totalCount!: number;
}
