import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ERROR_CODES } from '../contracts/error-codes';
import { CLIENT_ACTIONS, RealtimeModule, SERVER_FRAMES, type FieldSpec, type RoomChannel } from '../modules/realtime';
import { closureOf, type JsonObject, type JsonValue } from './json-schema';

/** Where the document is served, beside the OpenAPI document (`/api/docs-json`). */
export const ASYNCAPI_PATH = '/api/asyncapi.json';

const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pascal = (name: string) => name.replace(/(^|[._])([a-z])/g, (_m, _sep: string, letter: string) => letter.toUpperCase());

const CHANNELS: Record<RoomChannel, { key: string; address: string; parameter: string; title: string; description: string }> = {
  event: {
    key: 'eventRoom',
    address: 'event:{eventId}',
    parameter: 'eventId',
    title: 'Event room',
    description: 'Joined with `subscribe { room: "event:<id>" }` by anyone who may see the event over REST.',
  },
  playlist: {
    key: 'playlistRoom',
    address: 'playlist:{playlistId}',
    parameter: 'playlistId',
    title: 'Playlist room',
    description: 'Joined with `subscribe { room: "playlist:<id>" }` by anyone who may see the playlist over REST.',
  },
  user: {
    key: 'userRoom',
    address: 'user:{userId}',
    parameter: 'userId',
    title: 'User room',
    description: 'Every socket of a user is in it from the moment it connects.',
  },
  socket: {
    key: 'sessionRoom',
    address: 'session:{sessionId}',
    parameter: 'sessionId',
    title: 'Session room',
    description: 'Every socket opened with one session (one signed-in device) is in it from the moment it connects.',
  },
};

const INFO_DESCRIPTION = [
  'Socket.IO v4 at path `/socket.io` on the API origin. Connect with `io(origin, { auth: { token: accessToken } })`;',
  'a refused token fails the connection with `connect_error` message `UNAUTHENTICATED`.',
  'Mutations go through REST; sockets deliver what changed.\n\n',
  'Every room frame carries the envelope `room` (where it was delivered) and `at` (ISO-8601 server time).',
  'Frames that change an event or a playlist (tag `versioned`) also carry `version`: exactly the previous version + 1.',
  'A client that sees a gap refetches the room over REST. `presence`, `notification` and `session.ended` (tag `unversioned`)',
  'change no room state and carry no version.',
].join(' ');

function fieldSchema(field: FieldSpec): JsonValue {
  if ('schema' in field) return { ...field.schema, description: field.description };
  const ref = schemaRef(field.dto.name);
  return field.nullable ? { description: field.description, oneOf: [ref, { type: 'null' }] } : { description: field.description, allOf: [ref] };
}

function objectSchema(fields: Record<string, FieldSpec>, extra: JsonObject = {}, required: string[] = []): JsonObject {
  const entries = Object.entries(fields);
  return {
    type: 'object',
    properties: { ...extra, ...Object.fromEntries(entries.map(([name, field]) => [name, fieldSchema(field)])) },
    required: [...required, ...entries.filter(([, field]) => !field.optional).map(([name]) => name)],
  };
}

const ENVELOPE_SCHEMAS: Record<string, JsonValue> = {
  Envelope: {
    type: 'object',
    description: 'Carried by every room frame.',
    properties: {
      room: { type: 'string', maxLength: 100, description: 'The room the frame was delivered to, e.g. `event:<uuid>`.' },
      at: { type: 'string', format: 'date-time', maxLength: 40, description: 'When it happened (server time).' },
    },
    required: ['room', 'at'],
  },
  VersionedEnvelope: {
    description: 'Carried by frames that change a room: `version` is the previous version + 1.',
    allOf: [schemaRef('Envelope'), { type: 'object', properties: { version: { type: 'integer', minimum: 1 } }, required: ['version'] }],
  },
  AckError: {
    type: 'object',
    description: 'A refused action.',
    properties: {
      ok: { const: false },
      code: { type: 'string', enum: [...ERROR_CODES], description: 'A stable code of the error contract.' },
      message: { type: 'string', maxLength: 500 },
    },
    required: ['ok', 'code', 'message'],
  },
};

function frameSchemas(): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [name, spec] of Object.entries(SERVER_FRAMES)) {
    const envelope = spec.versioned ? [schemaRef('VersionedEnvelope')] : spec.enveloped ? [schemaRef('Envelope')] : [];
    const frame = `${pascal(name)}Frame`;
    if ('variants' in spec) {
      const variants = Object.entries(spec.variants).map(([type, variant]) => {
        const variantName = `${pascal(type)}Notification`;
        const body = objectSchema(variant.fields, { type: { const: type } }, ['type']);
        out[variantName] = { description: variant.summary, allOf: [...envelope, body] };
        return schemaRef(variantName);
      });
      out[frame] = { description: spec.summary, oneOf: variants, discriminator: 'type' };
    } else {
      out[frame] = { description: spec.summary, allOf: [...envelope, objectSchema(spec.fields)] };
    }
  }
  for (const [name, action] of Object.entries(CLIENT_ACTIONS)) {
    out[`${pascal(name)}Request`] = objectSchema(action.request);
    out[`${pascal(name)}Ack`] = {
      oneOf: [objectSchema(action.ack, { ok: { const: true } }, ['ok']), schemaRef('AckError')],
    };
  }
  return out;
}

/** The DTO classes the frames carry, with the schemas they reach, from the same metadata as the OpenAPI document. */
function dtoSchemas(app: INestApplication): Record<string, JsonValue> {
  const fields = Object.values(SERVER_FRAMES).flatMap((spec) =>
    'variants' in spec ? Object.values(spec.variants).flatMap((v) => Object.values<FieldSpec>(v.fields)) : Object.values<FieldSpec>(spec.fields),
  );
  const dtos = [...new Set(fields.flatMap((field) => ('dto' in field ? [field.dto] : [])))];
  const document = SwaggerModule.createDocument(app, new DocumentBuilder().build(), { include: [RealtimeModule], extraModels: dtos });
  return closureOf(
    dtos.map((dto) => dto.name),
    (document.components?.schemas ?? {}) as Record<string, JsonValue>,
  );
}

function messagesAndOperations() {
  const messages: JsonObject = {};
  const channels: JsonObject = {};
  const operations: JsonObject = {};
  for (const [room, channel] of Object.entries(CHANNELS)) {
    const inRoom = Object.entries(SERVER_FRAMES).filter(([, spec]) => spec.channels.includes(room as RoomChannel));
    channels[channel.key] = {
      address: channel.address,
      title: channel.title,
      description: channel.description,
      parameters: { [channel.parameter]: { description: `The ${channel.parameter.replace(/Id$/, '')} id (UUID).` } },
      messages: Object.fromEntries(inRoom.map(([name]) => [name, { $ref: `#/components/messages/${name}` }])),
    };
    for (const [name, spec] of inRoom) {
      operations[`${channel.key}.${name}`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${channel.key}` },
        summary: spec.summary,
        description: spec.description,
        messages: [{ $ref: `#/channels/${channel.key}/messages/${name}` }],
      };
    }
  }
  for (const [name, spec] of Object.entries(SERVER_FRAMES)) {
    messages[name] = {
      name,
      title: name,
      summary: spec.summary,
      description: spec.description,
      tags: [{ name: spec.versioned ? 'versioned' : 'unversioned' }],
      payload: schemaRef(`${pascal(name)}Frame`),
    };
  }
  const actionMessages: JsonObject = {};
  for (const [name, action] of Object.entries(CLIENT_ACTIONS)) {
    messages[name] = { name, title: name, summary: action.summary, description: action.description, payload: schemaRef(`${pascal(name)}Request`) };
    messages[`${name}.ack`] = { name: `${name} (ack)`, title: `${name} acknowledgement`, summary: `The answer to ${name}.`, payload: schemaRef(`${pascal(name)}Ack`) };
    actionMessages[name] = { $ref: `#/components/messages/${name}` };
    actionMessages[`${name}.ack`] = { $ref: `#/components/messages/${name}.ack` };
    operations[name] = {
      action: 'send',
      channel: { $ref: '#/channels/actions' },
      summary: action.summary,
      description: action.description,
      messages: [{ $ref: `#/channels/actions/messages/${name}` }],
      reply: { channel: { $ref: '#/channels/actions' }, messages: [{ $ref: `#/channels/actions/messages/${name}.ack` }] },
    };
  }
  channels.actions = {
    address: '/',
    title: 'Client actions',
    description: 'Events the client emits on the default namespace, each answered by a Socket.IO acknowledgement.',
    messages: actionMessages,
  };
  return { messages, channels, operations };
}

/** The AsyncAPI 3 document of the realtime contract, from its catalog and the DTO classes' OpenAPI metadata. */
export function buildAsyncApiDocument(app: INestApplication): JsonObject {
  const { messages, channels, operations } = messagesAndOperations();
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'MusicRoom realtime API',
      version: '1',
      description: INFO_DESCRIPTION,
      contact: { name: 'MusicRoom maintainers' },
      license: { name: 'MIT' },
      tags: [
        { name: 'versioned', description: 'Changes a room: carries `version`, the previous version + 1.' },
        { name: 'unversioned', description: 'Changes no room state: carries no version.' },
      ],
    },
    defaultContentType: 'application/json',
    servers: {
      api: {
        host: 'localhost:3000',
        protocol: 'ws',
        pathname: '/socket.io',
        description: 'Socket.IO v4 on the API origin (the same host as the REST API).',
        security: [{ $ref: '#/components/securitySchemes/accessToken' }],
      },
    },
    channels,
    operations,
    components: {
      schemas: { ...ENVELOPE_SCHEMAS, ...frameSchemas(), ...dtoSchemas(app) },
      messages,
      securitySchemes: {
        accessToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The access token, sent in the Socket.IO handshake: `io(origin, { auth: { token } })`.',
        },
      },
    },
  };
}
