import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

// A proxy's or a client's id is kept only when it is short and plain: it goes into logs and the audit trail, so
// it must not carry spaces, quotes, control characters or a payload.
const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** Fastify's genReqId: the incoming X-Request-Id when it is safe, else a new UUID. */
export function requestIdOf(raw: IncomingMessage): string {
  const incoming = raw.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Names the request's id in every answer, so a user's report or a proxy log leads to the server log and audit row. */
export function registerRequestIdHeader(app: FastifyInstance): void {
  // onSend, not onRequest: it runs for refusals and errors too, whichever hook or handler answered.
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header(REQUEST_ID_HEADER, req.id);
    return payload;
  });
}
