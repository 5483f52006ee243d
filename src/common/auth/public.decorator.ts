import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'musicroom:isPublic';

/** Opts a route out of the global authentication guard. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);
