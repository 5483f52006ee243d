export { AVATAR_SIZE, normalizeAvatar, sniffImage, UndecodableImageError, type ImageKind } from './avatar-image';
