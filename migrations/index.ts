import { CreateUsers1795544571956 } from './1795544571956-CreateUsers';
import { CreateMailOutbox1795544571957 } from './1795544571957-CreateMailOutbox';
import { CreateAuth1795544571958 } from './1795544571958-CreateAuth';
import { CreateMusic1795544705470 } from './1795544705470-CreateMusic';
import { UserProfilesAndFriends1795580000000 } from './1795580000000-UserProfilesAndFriends';
import { BillingEvents1795580100000 } from './1795580100000-BillingEvents';
import { Invitations1795590000000 } from './1795590000000-Invitations';
import { Events1795600000000 } from './1795600000000-Events';
import { Playlists1795600100000 } from './1795600100000-Playlists';
import { OAuthLinkConfirmation1795700000000 } from './1795700000000-OAuthLinkConfirmation';
import { LoginAttemptDelays1795700100000 } from './1795700100000-LoginAttemptDelays';
import { SessionDevices1795710000000 } from './1795710000000-SessionDevices';
import { DeviceDelegation1795710100000 } from './1795710100000-DeviceDelegation';
import { StripeBilling1795710200000 } from './1795710200000-StripeBilling';
import { PartyEvents1795720000000 } from './1795720000000-PartyEvents';

/** Every migration, oldest first. `npm run migration:generate` appends here; a test checks nothing is missing. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [
  CreateUsers1795544571956,
  CreateMailOutbox1795544571957,
  CreateAuth1795544571958,
  CreateMusic1795544705470,
  UserProfilesAndFriends1795580000000,
  BillingEvents1795580100000,
  Invitations1795590000000,
  Events1795600000000,
  Playlists1795600100000,
  OAuthLinkConfirmation1795700000000,
  LoginAttemptDelays1795700100000,
  SessionDevices1795710000000,
  DeviceDelegation1795710100000,
  StripeBilling1795710200000,
  PartyEvents1795720000000,
];
