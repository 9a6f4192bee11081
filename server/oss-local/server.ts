// Listens: oss-local over HTTP and HTTPS on loopback. Ports 0 pick free ports (tests); a port in use
// fails with PortInUseError, which index.ts turns into a clear message.
import { createOssLocalApp, type OssLocalApp } from './app';
import type { FaultControl } from '../object-store/faults';
import type { OssLocalOptions } from './options';
import { certificateNames, loadOrCreateCertificate } from './tls-cert';
import { listenHttpAndHttps } from '../object-store/listen-pair';
export { PortInUseError } from '../object-store/listen-pair';

export const DEFAULT_HTTP_PORT = 9000;
export const DEFAULT_HTTPS_PORT = 9443;

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
  const pair = await listenHttpAndHttps({
    serverName: 'oss-local',
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
    endpointHost: resolved.endpoint,
    httpEndpoint: `http://${resolved.endpoint}:${boundHttp}`,
    httpsEndpoint: `https://${resolved.endpoint}:${boundHttps}`,
    region: resolved.region,
    certificatePem: tls.cert,
    certificatePath: tls.certPath,
    certificateFingerprint: tls.fingerprint,
    faults: built.faults,
    store: built.store,
    close: pair.close,
  };
}
