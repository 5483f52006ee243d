/** Product limits of playlists (issue 8). */
export const MAX_PLAYLIST_ENTRIES = 2_000;
export const MAX_PLAYLIST_NAME_LENGTH = 100;
export const MAX_PLAYLIST_DESCRIPTION_LENGTH = 1_000;
