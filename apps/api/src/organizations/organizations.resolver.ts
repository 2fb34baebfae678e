import { Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Ctx } from '../auth/current-context.decorator';
import type { RequestContext } from '../common/request-context';
import { MembershipRole } from '../common/graphql-types';
import { OrganizationEntity } from './organization.entity';

@Resolver(() => OrganizationEntity)
export class OrganizationsResolver {
  constructor(private readonly db: DataSource) {}

  @Query(() => [OrganizationEntity], {
    description: 'Organisations you belong to, and those owning models shared with you.',
  })
  async organizations(@Ctx() ctx: RequestContext): Promise<OrganizationEntity[]> {
    const orgs = await this.db
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .where(
        `o.id = ANY(:mine) OR EXISTS (SELECT 1 FROM model m WHERE m.organization_id = o.id
           AND m.deleted_at IS NULL AND m.visibility <> 'private')`,
        { mine: [...ctx.user!.memberships.keys()] },
      )
      .orderBy('o.slug')
      .getMany();
    for (const o of orgs) o.myRole = (ctx.user!.memberships.get(o.id) as MembershipRole) ?? null;
    return orgs;
  }
}
