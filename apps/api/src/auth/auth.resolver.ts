import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/request-context';
import { MembershipRole } from '../common/graphql-types';
import { AuthService, SESSION_COOKIE } from './auth.service';
import { Ctx } from './current-context.decorator';
import { Public } from './public.decorator';

@ObjectType('Membership')
export class MembershipObject {
  @Field()
  organizationId!: string;
  @Field(() => MembershipRole)
  role!: MembershipRole;
}

@ObjectType('Viewer', { description: 'The signed-in user.' })
export class ViewerObject {
  @Field()
  id!: string;
  @Field()
  email!: string;
  @Field()
  displayName!: string;
  @Field(() => [MembershipObject])
  memberships!: MembershipObject[];
}

function toViewer(user: NonNullable<RequestContext['user']>): ViewerObject {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    memberships: [...user.memberships].map(([organizationId, role]) => ({
      organizationId,
      role: role as MembershipRole,
    })),
  };
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Query(() => ViewerObject, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: RequestContext): ViewerObject | null {
    return ctx.user ? toViewer(ctx.user) : null;
  }

  @Public()
  @Mutation(() => ViewerObject, { description: 'Signs in and sets an HttpOnly session cookie.' })
  async signIn(
    @Ctx() ctx: RequestContext,
    @Args('email') email: string,
    @Args('password') password: string,
  ): Promise<ViewerObject> {
    const { token, user } = await this.auth.signIn(email, password);
    ctx.reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: ctx.reply.server.kartastoCookieSecure === true,
      maxAge: this.auth.sessionTtlSeconds,
    });
    return toViewer(user);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session and clears its cookie.' })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.signOut(ctx.req.cookies?.[SESSION_COOKIE]);
    ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
