export { InvitationsModule } from './invitations.module';
export { Invitations } from './invitations.service';
export type { InvitationRecord, InvitationTarget } from './invitation-handler';
export { InvitationEntity } from './entities/invitation.entity';
export { PendingInvitationDto } from './dto/pending-invitation.dto';
