export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageQueryDto } from './page-query.dto';
export { decodeCursor, encodeCursor, toPage, type Keyset, type Page } from './cursor';
