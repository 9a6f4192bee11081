// "Test connection": the broker's /config, then /sts for the chosen bucket, with the settings as typed
// (not yet saved). The answer names what was checked; the credentials themselves are dropped at once.
import type { BrokerAuth } from '../../../sts/broker-client';
import { createBrokerClient } from '../../../sts/broker-client';
import type { ConsoleConfig } from '../../../sts/console-config';

export interface ConnectionTestInput {
  brokerUrl: string;
  auth: BrokerAuth;
  /** '' = the broker's default bucket */
  bucket: string;
}

export interface ConnectionTestResult {
  config: Pick<ConsoleConfig, 'mode' | 'region' | 'endpoint' | 'defaultBucket'> & { buckets: string[] };
  sts: { bucket: string; expiresAt: number; grantedSeconds: number | undefined };
}

export class ConnectionTestError extends Error {
  override readonly name = 'ConnectionTestError';
  constructor(
    readonly step: '/config' | '/sts',
    readonly failure: unknown,
  ) {
    super(`${step}: ${failure instanceof Error ? failure.message : String(failure)}`);
  }
}

export async function runConnectionTest(
  input: ConnectionTestInput,
  signal?: AbortSignal,
): Promise<ConnectionTestResult> {
  let config: ConsoleConfig;
  const broker = (() => {
    try {
      return createBrokerClient({ brokerUrl: input.brokerUrl, auth: input.auth });
    } catch (e) {
      throw new ConnectionTestError('/config', e);
    }
  })();
  try {
    config = await broker.getConfig(signal);
  } catch (e) {
    throw new ConnectionTestError('/config', e);
  }
  const bucket = input.bucket || config.defaultBucket;
  try {
    const grant = await broker.getCredentials({ bucket, durationSeconds: config.minDurationSeconds, signal });
    return {
      config: {
        mode: config.mode,
        region: config.region,
        endpoint: config.endpoint,
        defaultBucket: config.defaultBucket,
        buckets: config.buckets.map((b) => b.name),
      },
      sts: {
        bucket,
        expiresAt: grant.credentials.expiresAt,
        grantedSeconds: grant.credentials.grantedSeconds,
      },
    };
  } catch (e) {
    throw new ConnectionTestError('/sts', e);
  }
}
