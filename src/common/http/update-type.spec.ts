import 'reflect-metadata';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { IsOptional, IsString, MinLength, ValidateIf, validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { UpdateType } from './update-type';

class CreateThingDto {
  @ApiProperty({ minLength: 1 })
  @IsString()
  @MinLength(1)
  name: string;

  @ApiPropertyOptional({ default: 'public', description: 'who sees it' })
  @ValidateIf((_o: object, v: unknown) => v !== undefined)
  @IsString()
  visibility?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  area?: string | null;
}
class UpdateThingDto extends UpdateType(CreateThingDto) {}

const errors = (body: object) => validateSync(plainToInstance(UpdateThingDto, body)).map((e) => e.property);
const schema = (key: string) => Reflect.getMetadata('swagger/apiModelProperties', UpdateThingDto.prototype, key) as Record<string, unknown>;

describe('UpdateType', () => {
  it('makes every field optional and keeps the create validation', () => {
    expect(errors({})).toEqual([]);
    expect(errors({ name: 'x' })).toEqual([]);
    expect(errors({ name: '' })).toEqual(['name']);
  });

  it('refuses null where the create DTO refuses it, and accepts it where the create DTO does', () => {
    expect(errors({ name: null })).toEqual(['name']);
    expect(errors({ visibility: null })).toEqual(['visibility']);
    expect(errors({ area: null })).toEqual([]);
  });

  it('documents every field as optional, without the create defaults', () => {
    expect(schema('name')).toMatchObject({ required: false, minLength: 1 });
    expect(schema('visibility')).toMatchObject({ required: false, description: 'who sees it' });
    expect(schema('visibility')).not.toHaveProperty('default');
  });
});
