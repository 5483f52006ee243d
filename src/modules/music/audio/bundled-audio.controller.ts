import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../common/auth';
import { AudioFileParamsDto } from '../dto/audio-file-params.dto';
import { BundledAudio } from './bundled-audio.service';
import { sendClip } from './send-clip';
import { ApiErrors } from '../../../common/http/api-errors.decorator';

/** Public: audio elements and native players fetch it without an Authorization header. */
@ApiTags('music')
@Public()
@Controller('music/audio')
export class BundledAudioController {
  constructor(private readonly audio: BundledAudio) {}

  @Get(':file')
  @ApiOperation({ summary: 'Offline audio clip of the bundled catalogue (CC0); supports Range requests' })
  @ApiProduces('audio/wav')
  @ApiOkResponse({ description: 'WAV audio', schema: { type: 'string', format: 'binary' } })
  @ApiErrors('RANGE_NOT_SATISFIABLE')
  serve(@Param() params: AudioFileParamsDto, @Req() req: Request, @Res() res: Response): void {
    sendClip(req, res, this.audio.clip(params.file));
  }
}
