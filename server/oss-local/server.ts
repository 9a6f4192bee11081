// Listens: oss-local over HTTP and HTTPS on loopback. Ports 0 pick free ports (tests); a port in use
// fails with PortInUseError, which index.ts turns into a clear message.
import type { Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createOssLocalApp, type OssLocalApp } from './app';
import type { FaultControl } from '../object-store/faults';
import type { OssLocalOptions } from './options';
import { certificateNames, loadOrCreateCertificate } from './tls-cert';

export const DEFAULT_HTTP_PORT = 9000;
export const DEFAULT_HTTPS_PORT = 9443;
const KEEP_ALIVE_MS = 60_000;

export interface StartOssLocalOptions extends OssLocalOptions {
  /** default 9000; 0 = any free port */
  httpPort?: number;
  /** default 9443; 0 = any free port */
  httpsPort?: number;
  /** interface to bind, default 127.0.0.1 */
  hostname?: string;
}

export interface OssLocalServer {
  httpPort: number;
  httpsPort: number;
  /** the service endpoint host without port, e.g. oss-cn-local.localhost */
  endpointHost: string;
  /** http://oss-cn-local.localhost:PORT — what ali-oss takes as `endpoint` */
  httpEndpoint: string;
  httpsEndpoint: string;
  region: string;
  /** PEM of the self-signed certificate (pass as `ca` to trust it instead of disabling verification) */
  certificatePem: string;
  certificatePath: string | undefined;
  certificateFingerprint: string;
  faults: FaultControl;
  store: OssLocalApp['store'];
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  readonly port: number;
  constructor(port: number, scheme: string) {
    super(
      `oss-local: ${scheme} port ${port} is already in use. Stop the other process or choose another port.`,
    );
    this.name = 'PortInUseError';
    this.port = port;
  }
}

function listen(server: Server, port: number, hostname: string, scheme: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(port, scheme) : err);
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

export async function startOssLocal(options: StartOssLocalOptions): Promise<OssLocalServer> {
  const {
    httpPort = DEFAULT_HTTP_PORT,
    httpsPort = DEFAULT_HTTPS_PORT,
    hostname = '127.0.0.1',
    ...appOptions
  } = options;
  const built = createOssLocalApp(appOptions);
  const resolved = built.options;
  const tls = await loadOrCreateCertificate(
    certificateNames(resolved.endpoint, resolved.accelerateEndpoint, Object.keys(resolved.cnames)),
    resolved.dataDir ?? undefined,
  );
  const fetch = built.app.fetch;
  const http = createAdaptorServer({ fetch }) as Server;
  const https = createAdaptorServer({
    fetch,
    createServer: createHttpsServer,
    serverOptions: { cert: tls.cert, key: tls.key },
  }) as Server;

  // Node closes an idle keep-alive connection after 5 s, while Node's own http.Agent (ali-oss, the
  // loopback agents) keeps free sockets without a timeout: a client that picks a socket the server is
  // closing gets ECONNRESET. OSS keeps idle connections far longer; so does oss-local.
  for (const server of [http, https]) {
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.headersTimeout = KEEP_ALIVE_MS + 5_000;
  }
  let boundHttp: number;
  let boundHttps: number;
  try {
    boundHttp = await listen(http, httpPort, hostname, 'HTTP');
    boundHttps = await listen(https, httpsPort, hostname, 'HTTPS');
  } catch (err) {
    await Promise.all([closeServer(http), closeServer(https)]);
    throw err;
  }
  return {
    httpPort: boundHttp,
    httpsPort: boundHttps,
    endpointHost: resolved.endpoint,
    httpEndpoint: `http://${resolved.endpoint}:${boundHttp}`,
    httpsEndpoint: `https://${resolved.endpoint}:${boundHttps}`,
    region: resolved.region,
    certificatePem: tls.cert,
    certificatePath: tls.certPath,
    certificateFingerprint: tls.fingerprint,
    faults: built.faults,
    store: built.store,
    close: async () => {
      await Promise.all([closeServer(http), closeServer(https)]);
    },
  };
}
