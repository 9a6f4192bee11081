// Listens: cos-local over HTTP and HTTPS on loopback. Ports 0 pick free ports (tests).
import { certificateNames, loadOrCreateCertificate } from '../oss-local/tls-cert';
import { createCosLocalApp, type CosLocalApp } from './app';
import type { CosLocalOptions } from './options';
import { listenHttpAndHttps } from '../object-store/listen-pair';

export const DEFAULT_COS_HTTP_PORT = 9100;
export const DEFAULT_COS_HTTPS_PORT = 9543;

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
  const pair = await listenHttpAndHttps({
    serverName: 'cos-local',
    fetch: built.app.fetch,
    tls,
    httpPort,
    httpsPort,
    hostname,
  });
  const boundHttp = pair.httpPort;
  const boundHttps = pair.httpsPort;
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
    close: pair.close,
  };
}
