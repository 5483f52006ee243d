import { EventDelegateDeviceEntity } from './event-delegate-device.entity';
import { EventDelegateEntity } from './event-delegate.entity';
import { EventEntryEntity } from './event-entry.entity';
import { EventListenerEntity } from './event-listener.entity';
import { EventMemberEntity } from './event-member.entity';
import { EventVoteEntity } from './event-vote.entity';
import { FallbackPlayEntity } from './fallback-play.entity';
import { SkipVoteEntity } from './skip-vote.entity';
import { EventEntity } from './event.entity';
import { VoteBucketEntity } from './vote-bucket.entity';
import { VoterPositionEntity } from './voter-position.entity';

/** Every table of the events module, for `src/schema.ts`. */
export const eventsEntities = [
  EventEntity,
  EventMemberEntity,
  EventListenerEntity,
  EventDelegateEntity,
  EventDelegateDeviceEntity,
  EventEntryEntity,
  EventVoteEntity,
  VoteBucketEntity,
  VoterPositionEntity,
  SkipVoteEntity,
  FallbackPlayEntity,
];
