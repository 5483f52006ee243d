import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../common/auth';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { AudioFileParamsDto } from '../dto/audio-file-params.dto';
import { BundledAudio } from './bundled-audio.service';
import { sendAudio } from './send-audio';

/** Public: audio elements and native players fetch it without an Authorization header. */
@ApiTags('music')
@Public()
@Controller('music/audio')
export class BundledAudioController {
  constructor(private readonly audio: BundledAudio) {}

  @Get(':file')
  @ApiOperation({ summary: 'Full-length audio of a bundled catalogue track (generated, CC0); supports Range requests' })
  @ApiProduces('audio/mpeg')
  @ApiOkResponse({ description: 'MP3 audio (22.05 kHz mono, 48 kbps CBR), as long as the track\'s durationMs', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 206, description: 'The requested byte range (Content-Range)', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match matched the ETag)' })
  @ApiErrors('NOT_FOUND', 'RANGE_NOT_SATISFIABLE', 'SERVICE_UNAVAILABLE')
  async serve(@Param() params: AudioFileParamsDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    await sendAudio(req, res, await this.audio.file(params.file));
  }
}
