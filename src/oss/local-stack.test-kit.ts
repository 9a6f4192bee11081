// For integration tests: the real local stack in-process. oss-local listens on loopback (its own
// verifier); the broker app (local mode, same stack key) answers through app.request; credentials come
// through the console's own broker client and CredentialsManager. Node reaches *.localhost through
// oss-local's loopback agents.
import { createBrokerApp } from '../../server/broker/app';
import { parseBrokerEnv } from '../../server/broker/env';
import type { CredentialIssuer } from '../../server/broker/issuer';
import {
  createLoopbackAgents,
  loopbackRequest,
  type LoopbackAgents,
} from '../../server/oss-local/loopback-lookup';
import type { OssLocalOptions } from '../../server/oss-local/options';
import { startOssLocal, type OssLocalServer } from '../../server/oss-local/server';
import type { EndpointSettings } from '../core/endpoint/resolve-object-origin';
import { createBrokerClient } from '../sts/broker-client';
import { CredentialsManager, brokerCredentialsSource } from '../sts/credentials-manager';

/**
 * fetch over loopbackRequest (Node cannot resolve *.localhost here): the console's own requests, with a
 * string or Blob body (uploads). An abort rejects at once with the signal's reason, as fetch does.
 */
export const loopbackFetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
  const signal = init.signal ?? undefined;
  signal?.throwIfAborted();
  const sent =
    init.body instanceof Blob
      ? Buffer.from(await init.body.arrayBuffer())
      : (init.body as string | undefined);
  const request = loopbackRequest(String(input), {
    method: init.method ?? 'GET',
    headers: init.headers as Record<string, string> | undefined,
    ...(sent === undefined || sent === null ? {} : { body: sent }),
  });
  const res = await (signal
    ? Promise.race([
        request,
        new Promise<never>((_, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }),
        ),
      ])
    : request);
  const status = res.status;
  const body = status === 204 || status === 304 || init.method === 'HEAD' ? null : new Uint8Array(res.body);
  return new Response(body, {
    status,
    headers: Object.entries(res.headers).map(([k, v]) => [k, String(v)] as [string, string]),
  });
}) as typeof fetch;

/** The console's broker client talking to a broker app in-process (as broker.test); counts its /sts answers. */
export function inProcessBroker(app: ReturnType<typeof createBrokerApp>): {
  broker: ReturnType<typeof createBrokerClient>;
  brokerCalls(): number;
} {
  let calls = 0;
  const broker = createBrokerClient({
    brokerUrl: 'http://broker.test',
    auth: { kind: 'none' },
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes('/sts')) calls += 1;
      return app.request(String(input), init);
    }) as typeof fetch,
  });
  return { broker, brokerCalls: () => calls };
}

export interface LocalStack {
  oss: OssLocalServer;
  agents: LoopbackAgents;
  endpoint: EndpointSettings;
  /** the ali-oss agents option for clients of this stack */
  sdkAgents: { agent: unknown; httpsAgent: unknown };
  /** credentials from a fresh broker app; `brokerCalls()` counts its /sts answers */
  credentials(options?: { issuer?: CredentialIssuer; upload?: boolean }): {
    credentials: CredentialsManager;
    brokerCalls(): number;
  };
  /** added to the broker's clock, so re-issued tokens get a later iat than expired ones */
  skewBroker(ms: number): void;
  close(): Promise<void>;
}

export async function startLocalStack(
  stackKey: string,
  options: Omit<OssLocalOptions, 'stackKey' | 'httpPort' | 'httpsPort'> = {},
): Promise<LocalStack> {
  const oss = await startOssLocal({ dataDir: null, ...options, stackKey, httpPort: 0, httpsPort: 0 });
  const agents = createLoopbackAgents({ ca: oss.certificatePem });
  let skewMs = 0;
  return {
    oss,
    agents,
    endpoint: {
      region: 'cn-local',
      endpoint: 'oss-cn-local.localhost',
      httpPort: oss.httpPort,
      httpsPort: oss.httpsPort,
    },
    sdkAgents: { agent: agents.httpAgent, httpsAgent: agents.httpsAgent },
    credentials(o = {}) {
      const config = parseBrokerEnv({
        BROKER_MODE: 'local',
        BROKER_AUTH: 'none',
        LOCAL_STACK_KEY: stackKey,
        BROKER_REGION: 'cn-local',
        BROKER_OSS_ENDPOINT: `oss-cn-local.localhost:${oss.httpPort}`,
        BROKER_BUCKETS: JSON.stringify([{ name: 'examplebucket', prefix: '', upload: o.upload ?? false }]),
        BROKER_MIN_DURATION: '60',
        // reached in-process as broker.test (the broker answers only the host names it serves)
        BROKER_ALLOWED_HOSTS: 'broker.test',
        LOG_LEVEL: 'silent',
      });
      const app = createBrokerApp({
        config,
        nowMs: () => Date.now() + skewMs,
        ...(o.issuer ? { issuer: o.issuer } : {}),
      });
      const { broker, brokerCalls } = inProcessBroker(app);
      return {
        credentials: new CredentialsManager({ source: brokerCredentialsSource(broker) }),
        brokerCalls,
      };
    },
    skewBroker(ms) {
      skewMs = ms;
    },
    async close() {
      agents.destroy();
      await oss.close();
    },
  };
}
