import type { SchemaDefinition } from './infra/database';
import { migrations } from '../migrations';
import { MailOutboxEntry } from './infra/mail';
import { authEntities } from './modules/auth';
import { eventsEntities } from './modules/events';
import { InvitationEntity } from './modules/invitations';
import { musicEntities } from './modules/music';
import { playlistsEntities } from './modules/playlists';
import { BillingCustomerEntity, BillingEventEntity } from './modules/billing';
import { usersEntities } from './modules/users';

/** Every entity of every module, and every migration: what the database must look like. */
export const schema: SchemaDefinition = {
  entities: [
    ...usersEntities,
    BillingEventEntity,
    BillingCustomerEntity,
    ...authEntities,
    MailOutboxEntry,
    ...musicEntities,
    InvitationEntity,
    ...eventsEntities,
    ...playlistsEntities,
  ],
  migrations,
};
