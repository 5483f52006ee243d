export interface FriendRequestedEvent {
  requestId: string;
  requesterId: string;
  addresseeId: string;
  at: string;
}

export interface FriendAcceptedEvent {
  /** Who had asked first: the one to notify. */
  requesterId: string;
  /** Who accepted (or crossed the request with one of their own). */
  accepterId: string;
  at: string;
}

/** A friendship ended: what depended on it (playback delegation) ends too. */
export interface FriendRemovedEvent {
  userIds: [string, string];
  at: string;
}

declare module '../../common/events/domain-events' {
  interface DomainEvents {
    'friend.requested': FriendRequestedEvent;
    'friend.accepted': FriendAcceptedEvent;
    'friend.removed': FriendRemovedEvent;
  }
}
