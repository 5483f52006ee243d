import { Injectable, Logger } from '@nestjs/common';

export type ListenerCounter = (eventId: string) => Promise<number>;

/**
 * How many people are connected to an event's room right now, across instances. The realtime module plugs its
 * presence count in at boot (the events module never imports Socket.IO); without it the count is 0.
 */
@Injectable()
export class ConnectedListeners {
  private readonly logger = new Logger(ConnectedListeners.name);
  private counter: ListenerCounter | null = null;

  register(counter: ListenerCounter): void {
    this.counter = counter;
  }

  async count(eventId: string): Promise<number> {
    if (!this.counter) return 0;
    try {
      return await this.counter(eventId);
    } catch (error) {
      this.logger.warn({ err: error, eventId }, 'Could not count connected listeners');
      return 0;
    }
  }
}
