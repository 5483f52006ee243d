import { Controller, Get, Module, Post, Req } from '@nestjs/common';
import { AllowUnverifiedEmail, CurrentUser, Public, RequireVerifiedEmail, type AuthUser, type RequestWithUser } from '../../../src/common/auth';

/** Routes that exist only in tests, to exercise the global auth guard's rules from the outside. */
@Controller('_auth_probe')
export class AuthProbeController {
  @Get('read')
  read(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }

  @Post('write')
  write(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }

  @AllowUnverifiedEmail()
  @Post('write-unverified-allowed')
  writeUnverified(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }

  @RequireVerifiedEmail()
  @Get('read-verified-only')
  readVerified(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }

  @Public()
  @Get('public')
  open(@Req() req: RequestWithUser): { user: AuthUser | null } {
    return { user: req.user ?? null };
  }
}

@Module({ controllers: [AuthProbeController] })
export class AuthProbeModule {}
