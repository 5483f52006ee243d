import { Module } from '@nestjs/common';
import { UsersModule } from '../users';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { Invitations } from './invitations.service';

@Module({
  imports: [UsersModule],
  controllers: [InvitationsController],
  providers: [Invitations, InvitationsRepository],
  exports: [Invitations],
})
export class InvitationsModule {}
