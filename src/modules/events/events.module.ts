import { Module, type OnModuleInit } from '@nestjs/common';
import { AuthModule } from '../auth';
import { Invitations, InvitationsModule } from '../invitations';
import { MusicModule } from '../music';
import { PlaylistsModule } from '../playlists';
import { UsersModule } from '../users';
import { AutoAdvance } from './auto-advance.service';
import { ConnectedListeners } from './connected-listeners';
import { CrowdSkipService } from './crowd-skip.service';
import { EventCodesService } from './event-codes.service';
import { DelegationService } from './delegation.service';
import { DelegationsController } from './delegations.controller';
import { DelegationsRepository } from './delegations.repository';
import { EventMembersController } from './event-members.controller';
import { EventMembersRepository } from './event-members.repository';
import { EventMembersService } from './event-members.service';
import { EventTransactions } from './event-transactions';
import { EventViews } from './event-views';
import { Events } from './events';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';
import { FallbackPlaylist } from './fallback-playlist';
import { FallbackRepository } from './fallback.repository';
import { HistoryExportService } from './history-export.service';
import { MembershipService } from './membership.service';
import { PartyController } from './party.controller';
import { PlaybackController } from './playback.controller';
import { PlaylistImportService } from './playlist-import.service';
import { PlaybackService } from './playback.service';
import { QueueAdmission } from './queue-admission';
import { PlayerService } from './player.service';
import { QueueController } from './queue.controller';
import { QueueRepository } from './queue.repository';
import { QueueService } from './queue.service';
import { SkipVotesRepository } from './skip-votes.repository';

@Module({
  imports: [AuthModule, UsersModule, MusicModule, InvitationsModule, PlaylistsModule],
  controllers: [PartyController, EventsController, EventMembersController, QueueController, PlaybackController, DelegationsController],
  providers: [
    EventsRepository,
    QueueRepository,
    EventTransactions,
    EventViews,
    EventsService,
    MembershipService,
    EventMembersRepository,
    EventMembersService,
    QueueService,
    PlaybackService,
    PlayerService,
    DelegationsRepository,
    DelegationService,
    HistoryExportService,
    Events,
    FallbackRepository,
    FallbackPlaylist,
    AutoAdvance,
    QueueAdmission,
    PlaylistImportService,
    EventCodesService,
    SkipVotesRepository,
    ConnectedListeners,
    CrowdSkipService,
  ],
  exports: [Events, ConnectedListeners],
})
export class EventsModule implements OnModuleInit {
  constructor(
    private readonly invitations: Invitations,
    private readonly membership: MembershipService,
  ) {}

  onModuleInit(): void {
    this.invitations.registerHandler('event', {
      describeTargets: (ids, tx) => this.membership.describeTargets(ids, tx),
      accept: (tx, invitation) => this.membership.acceptInvitation(tx, invitation),
    });
  }
}
