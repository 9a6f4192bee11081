// For integration tests of the console's COS side against an in-process cos-local (server/cos-local
// test-fixtures): the broker app in local mode for its example bucket, reached in-process as broker.test,
// and the console's own broker client and CredentialsManager on the COS keys it mints.
import { createBrokerApp } from '../../server/broker/app';
import { parseBrokerEnv } from '../../server/broker/env';
import { BUCKET, REGION, type TestCos } from '../../server/cos-local/test-fixtures';
import type { EndpointSettings } from '../core/endpoint/resolve-object-origin';
import { inProcessBroker } from '../oss/local-stack.test-kit';
import { CredentialsManager, cosCredentialsSource } from '../sts/credentials-manager';

/** The bucket's endpoint as the console describes it (cos-local's HTTP port). */
export const cosEndpoint = (cos: TestCos): EndpointSettings => ({
  region: REGION,
  endpoint: `cos.${REGION}.localhost`,
  httpPort: cos.server.httpPort,
});

/** Credentials for BUCKET from a fresh broker app sharing `stackKey` with cos-local; counts its /sts answers. */
export function cosCredentials(
  cos: TestCos,
  stackKey: string,
  o: { upload?: boolean } = {},
): { credentials: CredentialsManager; brokerCalls(): number } {
  const config = parseBrokerEnv({
    BROKER_MODE: 'local',
    BROKER_AUTH: 'none',
    LOCAL_STACK_KEY: stackKey,
    BROKER_REGION: 'cn-local',
    BROKER_COS_DOMAIN: `localhost:${cos.server.httpPort}`,
    BROKER_BUCKETS: JSON.stringify([
      { name: BUCKET, provider: 'cos', region: REGION, prefix: '', ...(o.upload ? { upload: true } : {}) },
    ]),
    BROKER_MIN_DURATION: '60',
    BROKER_ALLOWED_HOSTS: 'broker.test',
    LOG_LEVEL: 'silent',
  });
  const app = createBrokerApp({ config });
  const { broker, brokerCalls } = inProcessBroker(app);
  return {
    credentials: new CredentialsManager({ source: cosCredentialsSource(broker, { bucket: BUCKET }) }),
    brokerCalls,
  };
}
