import { describe, expect, it } from 'vitest';
import { notificationEffect, type NotificationFrame } from './notifications';

const frame = (extra: Record<string, unknown>) => ({ room: 'user:me', at: '2026-12-01T00:00:00Z', ...extra }) as unknown as NotificationFrame;

describe('notificationEffect', () => {
  it('a friend request refreshes the incoming requests (the badge)', () => {
    expect(notificationEffect(frame({ type: 'friend.request', requestId: 'r', fromUserId: 'u2' }))).toEqual({
      invalidate: [['people', 'requests', 'incoming']],
      message: 'You have a new friend request.',
    });
  });

  it('an acceptance refreshes friends, sent requests and what the new friend’s profile shows', () => {
    expect(notificationEffect(frame({ type: 'friend.accepted', userId: 'u2' }))?.invalidate).toEqual([
      ['people', 'friends'],
      ['people', 'requests', 'outgoing'],
      ['users', 'profile', 'u2'],
    ]);
  });

  it('an invitation refreshes the inbox and names what it is for', () => {
    expect(notificationEffect(frame({ type: 'invitation', kind: 'playlist' }))).toEqual({ invalidate: [['invitations']], message: 'You are invited to a playlist.' });
    expect(notificationEffect(frame({ type: 'invitation', kind: 'event' }))?.message).toBe('You are invited to an event.');
  });

  it('ignores types it does not know', () => {
    expect(notificationEffect(frame({ type: 'unknown' }))).toBeNull();
  });
});
