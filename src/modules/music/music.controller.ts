import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProviderDto } from './dto/provider.dto';
import { SearchQueryDto } from './dto/search-query.dto';
import { SearchResultDto } from './dto/search-result.dto';
import { TrackParamsDto } from './dto/track-params.dto';
import { toTrackDto, TrackDto } from './dto/track.dto';
import { MusicService } from './music.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

@ApiTags('music')
@ApiBearerAuth()
@Controller('music')
export class MusicController {
  constructor(private readonly music: MusicService) {}

  @Get('providers')
  @ApiOperation({ summary: 'Music providers enabled on this server' })
  @ApiOkResponse({ type: [ProviderDto] })
  providers(): ProviderDto[] {
    return this.music.providers();
  }

  @Get('search')
  @ApiOperation({ summary: 'Search one provider (the bundled catalogue by default); 503 PROVIDER_UNAVAILABLE when it is down' })
  @ApiOkResponse({ type: SearchResultDto })
  @ApiErrors('PROVIDER_UNAVAILABLE')
  async search(@Query() query: SearchQueryDto): Promise<SearchResultDto> {
    const tracks = await this.music.search(query.q, query.provider, query.limit);
    return { items: tracks.map(toTrackDto) };
  }

  @Get('tracks/:provider/:providerTrackId')
  @ApiOperation({ summary: 'One track, fresh from its provider; 404 when unknown' })
  @ApiOkResponse({ type: TrackDto })
  @ApiErrors('PROVIDER_UNAVAILABLE')
  async track(@Param() params: TrackParamsDto): Promise<TrackDto> {
    return toTrackDto(await this.music.getTrack(params.provider, params.providerTrackId));
  }
}
