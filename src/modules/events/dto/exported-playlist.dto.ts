import { ApiProperty } from '@nestjs/swagger';

export class ExportedPlaylistDto {
  @ApiProperty({ format: 'uuid' }) playlistId: string;
  @ApiProperty() name: string;
  @ApiProperty({ minimum: 1 }) trackCount: number;
}
