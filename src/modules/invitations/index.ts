export { InvitationsModule } from './invitations.module';
export { Invitations } from './invitations.service';
export type { InvitationHandler, InvitationKind, InvitationRecord, InvitationTarget } from './invitation-handler';
export type { InvitationCreatedEvent } from './invitation-events';
export { InvitationEntity } from './entities/invitation.entity';
export { PendingInvitationDto } from './dto/pending-invitation.dto';
