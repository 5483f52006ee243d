import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ConnectedListeners } from '../events';
import { Presence } from './presence';
import { RealtimeGateway } from './realtime.gateway';
import { eventRoom } from './rooms';

/** Gives the events module (crowd-skip threshold) the presence count of an event room, across instances. */
@Injectable()
export class ListenerCountProvider implements OnModuleInit {
  constructor(
    private readonly connected: ConnectedListeners,
    private readonly presence: Presence,
    private readonly gateway: RealtimeGateway,
  ) {}

  onModuleInit(): void {
    this.connected.register((eventId) => this.presence.listeners(this.gateway.server, eventRoom(eventId)));
  }
}
