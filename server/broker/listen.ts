// Starts a Hono app on a Node HTTP server and reports the bound port, or a clear "port in use" error.
import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { createAdaptorServer } from '@hono/node-server';

export interface Listening {
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  override name = 'PortInUseError';
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`Port ${port} on ${host} is already in use.`);
  }
}

type FetchLike = (request: Request, env: never) => Response | Promise<Response>;

export function listen(fetch: FetchLike, host: string, port: number): Promise<Listening> {
  const server = createAdaptorServer({ fetch: fetch as never, hostname: host, port });
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(host, port) : err);
    });
    server.listen(port, host, () => {
      const bound = (server.address() as AddressInfo).port;
      resolve({ port: bound, server, close: () => closeServer(server) });
    });
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err?: Error) => (err ? reject(err) : resolve()));
    // Keep-alive connections would hold close() open for seconds.
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}
