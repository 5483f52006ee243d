import { Injectable } from '@nestjs/common';

/** Server time for every rule that depends on it (windows, cooldowns, rate limits); tests move it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
