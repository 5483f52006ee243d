import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePacket, encodePacket, type Packet } from 'engine.io-parser';
import { Decoder, Encoder, type Packet as SocketPacket } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';

/** The vectors the Swift codec's XCTest cases run: here they are proven against the parsers the server uses. */
interface Vectors {
  engineio: Array<{ name: string; encoded: string; decoded: Packet }>;
  engineioInvalid: string[];
  socketio: Array<{ name: string; encoded: string; decoded: SocketPacket }>;
  socketioInvalid: string[];
  frames: Array<{ name: string; frame: string; engineio: Packet; socketio?: SocketPacket }>;
}

const vectors = JSON.parse(
  readFileSync(join(process.cwd(), 'client-ios/Tests/MusicRoomKitTests/Vectors/socketio-vectors.json'), 'utf8'),
) as Vectors;

function encodeEngine(packet: Packet): Promise<string> {
  return new Promise((resolve) => encodePacket(packet, true, (encoded) => resolve(encoded as string)));
}

function decodeSocket(encoded: string): SocketPacket {
  const decoder = new Decoder();
  const seen: SocketPacket[] = [];
  decoder.on('decoded', (packet: SocketPacket) => seen.push(packet));
  decoder.add(encoded);
  if (seen.length !== 1) throw new Error(`decoded ${seen.length} packets from ${encoded}`);
  return seen[0];
}

describe('Socket.IO test vectors for the iOS codec', () => {
  it('has vectors of every kind', () => {
    expect(new Set(vectors.engineio.map((v) => v.decoded.type))).toEqual(new Set(['open', 'close', 'ping', 'pong', 'message', 'upgrade', 'noop']));
    expect(new Set(vectors.socketio.map((v) => v.decoded.type))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it.each(vectors.engineio)('engine.io: $name', async ({ encoded, decoded }) => {
    expect(decodePacket(encoded)).toEqual(decoded);
    expect(await encodeEngine(decoded)).toBe(encoded);
  });

  it.each(vectors.engineioInvalid)('engine.io rejects %j', (encoded) => {
    expect(decodePacket(encoded)).toEqual({ type: 'error', data: 'parser error' });
  });

  it.each(vectors.socketio)('socket.io: $name', ({ encoded, decoded }) => {
    expect(decodeSocket(encoded)).toEqual(decoded);
    expect(new Encoder().encode(decoded)).toEqual([encoded]);
  });

  it.each(vectors.socketioInvalid)('socket.io rejects %j', (encoded) => {
    expect(() => decodeSocket(encoded)).toThrow();
  });

  it.each(vectors.frames)('websocket frame: $name', async ({ frame, engineio, socketio }) => {
    const outer = decodePacket(frame);
    expect(outer).toEqual(engineio);
    expect(await encodeEngine(engineio)).toBe(frame);
    if (socketio) expect(decodeSocket(outer.data as string)).toEqual(socketio);
  });
});
