// Listens: cos-local over HTTP and HTTPS on loopback. Ports 0 pick free ports (tests).
import type { Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { certificateNames, loadOrCreateCertificate } from '../oss-local/tls-cert';
import { createCosLocalApp, type CosLocalApp } from './app';
import type { CosLocalOptions } from './options';

export const DEFAULT_COS_HTTP_PORT = 9100;
export const DEFAULT_COS_HTTPS_PORT = 9543;
const KEEP_ALIVE_MS = 60_000;

export interface StartCosLocalOptions extends CosLocalOptions {
  httpPort?: number;
  httpsPort?: number;
  hostname?: string;
}

export interface CosLocalServer {
  httpPort: number;
  httpsPort: number;
  region: string;
  /** cos.<region>.localhost */
  endpointHost: string;
  /** cos.accelerate.localhost */
  accelerateHost: string;
  /** for the SDKs' Domain option: `{Bucket}.cos.{Region}.localhost:PORT` */
  domainTemplate: string;
  certificatePem: string;
  faults: CosLocalApp['faults'];
  store: CosLocalApp['store'];
  close(): Promise<void>;
}

/** Named like oss-local's, so the dev stack's startup message names the flag to change. */
class CosPortInUseError extends Error {
  readonly port: number;
  constructor(port: number, scheme: string) {
    super(
      `cos-local: ${scheme} port ${port} is already in use. Stop the other process or choose another port.`,
    );
    this.name = 'PortInUseError';
    this.port = port;
  }
}

function listen(server: Server, port: number, hostname: string, scheme: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      reject(err.code === 'EADDRINUSE' ? new CosPortInUseError(port, scheme) : err);
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

export async function startCosLocal(options: StartCosLocalOptions): Promise<CosLocalServer> {
  const {
    httpPort = DEFAULT_COS_HTTP_PORT,
    httpsPort = DEFAULT_COS_HTTPS_PORT,
    hostname = '127.0.0.1',
    ...rest
  } = options;
  const built = createCosLocalApp(rest);
  const o = built.options;
  const tls = await loadOrCreateCertificate(
    certificateNames(o.endpoint, o.accelerateEndpoint, Object.keys(o.customDomains)),
    o.dataDir ?? undefined,
  );
  const fetch = built.app.fetch;
  const http = createAdaptorServer({ fetch }) as Server;
  const https = createAdaptorServer({
    fetch,
    createServer: createHttpsServer,
    serverOptions: { cert: tls.cert, key: tls.key },
  }) as Server;
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
    region: o.region,
    endpointHost: o.endpoint,
    accelerateHost: o.accelerateEndpoint,
    domainTemplate: `{Bucket}.cos.{Region}.${o.domain}:${boundHttp}`,
    certificatePem: tls.cert,
    faults: built.faults,
    store: built.store,
    close: async () => {
      await Promise.all([closeServer(http), closeServer(https)]);
    },
  };
}
