// How a local server listens: the same fetch handler over HTTP and HTTPS on loopback, idle keep-alive
// connections kept long (see below), ports 0 for any free port, and a port in use refused by name.
import type { Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';

const KEEP_ALIVE_MS = 60_000;

export class PortInUseError extends Error {
  readonly port: number;
  constructor(serverName: string, port: number, scheme: string) {
    super(
      `${serverName}: ${scheme} port ${port} is already in use. Stop the other process or choose another port.`,
    );
    this.name = 'PortInUseError';
    this.port = port;
  }
}

export interface ListeningPair {
  httpPort: number;
  httpsPort: number;
  close(): Promise<void>;
}

function listen(
  server: Server,
  port: number,
  hostname: string,
  fail: (scheme: string) => Error,
  scheme: string,
) {
  return new Promise<number>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      reject(err.code === 'EADDRINUSE' ? fail(scheme) : err);
    };
    server.once('error', onError);
    server.listen(port, hostname, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function listenHttpAndHttps(o: {
  /** for messages: `oss-local`, `cos-local` */
  serverName: string;
  fetch: (request: Request) => Response | Promise<Response>;
  tls: { cert: string; key: string };
  httpPort: number;
  httpsPort: number;
  hostname: string;
}): Promise<ListeningPair> {
  const http = createAdaptorServer({ fetch: o.fetch }) as Server;
  const https = createAdaptorServer({
    fetch: o.fetch,
    createServer: createHttpsServer,
    serverOptions: { cert: o.tls.cert, key: o.tls.key },
  }) as Server;
  // Node closes an idle keep-alive connection after 5 s, while Node's own http.Agent (the SDKs, the
  // loopback agents) keeps free sockets without a timeout: a client that picks a socket the server is
  // closing gets ECONNRESET. The clouds keep idle connections far longer; so do the local servers.
  for (const server of [http, https]) {
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.headersTimeout = KEEP_ALIVE_MS + 5_000;
  }
  const close = async () => {
    await Promise.all([closeServer(http), closeServer(https)]);
  };
  const fail = (port: number) => (scheme: string) => new PortInUseError(o.serverName, port, scheme);
  try {
    const httpPort = await listen(http, o.httpPort, o.hostname, fail(o.httpPort), 'HTTP');
    const httpsPort = await listen(https, o.httpsPort, o.hostname, fail(o.httpsPort), 'HTTPS');
    return { httpPort, httpsPort, close };
  } catch (err) {
    await close();
    throw err;
  }
}
