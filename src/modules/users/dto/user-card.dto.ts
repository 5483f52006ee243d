import { ApiProperty } from '@nestjs/swagger';
import type { VisibleProfile } from '../profile-visibility';

/** Shown instead of a display name its owner does not share with the viewer. */
export const HIDDEN_DISPLAY_NAME = 'MusicRoom user';

/** The public face of a user wherever another user's content shows who did it (owner, addedBy, members…). */
export class UserCardDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: `"${HIDDEN_DISPLAY_NAME}" when the owner does not share their name with the viewer.` }) displayName: string;
  @ApiProperty({ type: String, nullable: true, example: '/api/users/6f1c…/avatar', description: 'null when the avatar is not visible to the viewer.' })
  avatarUrl: string | null;
}

export function toUserCard(view: VisibleProfile): UserCardDto {
  return { id: view.id, displayName: view.displayName ?? HIDDEN_DISPLAY_NAME, avatarUrl: view.avatarUrl ?? null };
}
