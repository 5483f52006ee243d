declare module 'passport-42' {
  import type { Request } from 'express';
  import OAuth2Strategy from 'passport-oauth2';

  namespace FortyTwoStrategy {
    interface StrategyOptions extends Omit<OAuth2Strategy.StrategyOptions, 'authorizationURL' | 'tokenURL'> {
      authorizationURL?: string;
      tokenURL?: string;
      /** The profile endpoint (`/v2/me`). Note: `userProfileURL` is not read by this strategy. */
      profileURL?: string;
      profileFields?: Record<string, string | ((json: unknown) => unknown)>;
      userAgent?: string;
    }
  }

  class FortyTwoStrategy extends OAuth2Strategy {
    constructor(options: FortyTwoStrategy.StrategyOptions, verify: OAuth2Strategy.VerifyFunction);
    authenticate(req: Request, options?: object): void;
  }

  export = FortyTwoStrategy;
}
