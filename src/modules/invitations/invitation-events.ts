import type { InvitationKind } from './entities/invitation.entity';

export interface InvitationCreatedEvent {
  invitationId: string;
  kind: InvitationKind;
  targetId: string;
  inviterId: string;
  inviteeId: string;
  role: string | null;
  at: string;
}

declare module '../../common/events/domain-events' {
  interface DomainEvents {
    'invitation.created': InvitationCreatedEvent;
  }
}
