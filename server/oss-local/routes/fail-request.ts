// How an injected fault fails a request: a 503 ServiceUnavailable, or the connection reset without any
// response, as when the network is cut (the client sees ECONNRESET / EPIPE).
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { ossErrors } from '../errors';
import type { RequestFault } from '../../object-store/faults';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function failRequest(c: Context<AppEnv>, fault: RequestFault): void {
  if (fault === 'none') return;
  if (fault === 'reset') {
    const socket = c.env?.incoming?.socket;
    // in-process (app.request) there is no socket to reset; a 503 is the nearest failure
    socket?.resetAndDestroy();
  }
  throw ossErrors.serviceUnavailable();
}
