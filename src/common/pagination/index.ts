export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageQueryDto } from './page-query.dto';
export { decodeCursor, decodeKeyset, encodeCursor, encodeKeyset, isStorableDate, isUuid, ownerFirstPage, toPage, type Keyset, type Page } from './cursor';
