import { Controller, Get, Inject, Logger, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { Public } from '../../common/auth';
import { DomainError } from '../../common/errors/domain-error';
import { Database } from '../../infra/database';
import { REDIS } from '../../infra/redis';
import { LivenessDto } from './liveness.dto';
import { ApiErrors } from '../../common/http/api-errors.decorator';

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref())]);

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly db: Database,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  @Get()
  @ApiOkResponse({ type: LivenessDto, description: 'The process is up.' })
  live(): LivenessDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiServiceUnavailableResponse({ description: 'The database or Redis is unreachable (code SERVICE_UNAVAILABLE; details say which, never why).' })
  @ApiErrors('SERVICE_UNAVAILABLE')
  async ready(): Promise<HealthCheckResult> {
    const checks = [() => this.probe('database', () => this.db.query('SELECT 1'))];
    const redis = this.redis;
    if (redis) checks.push(() => this.probe('redis', () => redis.ping()));
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      throw new DomainError('SERVICE_UNAVAILABLE', 'A dependency is not reachable.', error.getResponse() as HealthCheckResult);
    }
  }

  private async probe(key: string, ping: () => Promise<unknown>) {
    const check = this.indicator.check(key);
    try {
      await withTimeout(ping(), 2_000);
      return check.up();
    } catch (error) {
      // Why it failed (host names, ports, driver messages) goes to the log, never to the anonymous caller.
      this.logger.warn({ err: error, dependency: key }, 'Readiness probe failed');
      return check.down();
    }
  }
}
