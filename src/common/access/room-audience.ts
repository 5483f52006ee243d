/**
 * Who may receive frames about an event or a playlist, by the REST visibility rules: every signed-in user
 * when it is public, otherwise only the listed users (owner and members).
 */
export type RoomAudience = { everyone: true } | { everyone: false; userIds: ReadonlySet<string> };

export const mayReceive = (audience: RoomAudience, userId: string): boolean => audience.everyone || audience.userIds.has(userId);
