import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorBody } from '../../contracts/error-details';

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

function answer(socket: Duplex, body: ErrorBody): void {
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${body.statusCode} ${REASONS[body.statusCode]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(json)}\r\nX-Request-Id: ${body.requestId}\r\nConnection: close\r\n\r\n${json}`,
  );
}

/**
 * Requests Node's HTTP parser rejects before Express sees them (a URL or headers over the size limit, a
 * malformed request line) get the contract's error body too, instead of Node's bare status line.
 */
export function answerMalformedRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const requestId = randomUUID();
    if (error.code === 'HPE_HEADER_OVERFLOW') {
      return answer(socket, { statusCode: 431, code: 'HEADERS_TOO_LARGE', message: 'The request line or headers are too large.', requestId, details: {} });
    }
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return void socket.destroy();
    answer(socket, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Malformed HTTP request.', requestId, details: [] });
  });
}
