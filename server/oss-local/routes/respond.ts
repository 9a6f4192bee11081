// A response that drops its body for HEAD, keeping the headers (Content-Length included) as GET would send them.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';

export function respond(
  c: Context<AppEnv>,
  body: string | Uint8Array<ArrayBuffer> | null,
  status: number,
  headers: Record<string, string>,
): Response {
  return new Response(c.req.method === 'HEAD' ? null : body, { status, headers });
}
