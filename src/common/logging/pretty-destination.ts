import type { DestinationStream } from 'pino';
import pretty from 'pino-pretty';

/**
 * Development logs for a person: one short line each (time, level, pid, context, message; requests as
 * `GET /api/x → 200 (12 ms)`). Synchronous, so nothing is lost when the process exits. Production stays JSON.
 */
export function prettyDestination(): DestinationStream {
  return pretty({
    sync: true,
    colorize: process.stdout.isTTY,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'hostname,context,req,res,responseTime,client,userId',
    messageFormat: '{if context}[{context}] {end}{msg}{if req.method} {req.method} {req.url} → {res.statusCode} ({responseTime} ms){end}',
  });
}
