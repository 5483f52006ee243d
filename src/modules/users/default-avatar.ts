import { createHash } from 'node:crypto';
import { Avatar, Style } from '@dicebear/core';
import definition from '@dicebear/styles/identicon.json';

const style = new Style(definition);

/** The avatar of a user who has not uploaded one: deterministic from the user id, so it never changes. */
export function defaultAvatar(userId: string): { bytes: Buffer; contentType: string; etag: string } {
  const bytes = Buffer.from(new Avatar(style, { seed: userId }).toString(), 'utf8');
  return { bytes, contentType: 'image/svg+xml', etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"` };
}
