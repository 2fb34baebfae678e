import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'kartasto:isPublic';
/** Marks a resolver that answers without a signed-in user (sign-in, "who am I"). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
