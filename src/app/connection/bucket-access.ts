// What the connection provider and the first screen's preload (first-screen.ts) make for a bucket in the
// same way: its id, its credentials manager, its storage client, and the page's signing cores (one each,
// made once: the entry starts the OSS core's WebAssembly while the first screen's requests are out).
import { createCosPresigner, type CosPresigner } from '../../core/cos/cos-presigner';
import { createPresigner, type Presigner } from '../../core/presign';
import { createCosClient } from '../../cos/cos-client';
import { createOssClient, type OssClient } from '../../oss/oss-client';
import type { BrokerClient } from '../../sts/broker-client';
import {
  brokerCredentialsSource,
  cosCredentialsSource,
  CredentialsManager,
} from '../../sts/credentials-manager';
import type { ProviderKind } from '../../core/provider/link-provider';
import type { BucketConnection } from './bucket-connection';
import type { BrokerAccess } from './broker-queries';

let ossPresigner: Promise<Presigner> | undefined;
let cosPresigner: Promise<CosPresigner> | undefined;

/** The page's OSS signing core (one per page). */
export const consolePresigner = (): Promise<Presigner> => (ossPresigner ??= createPresigner());
/** The page's COS signing core, made when a COS bucket first needs it. */
export const consoleCosPresigner = (): Promise<CosPresigner> => (cosPresigner ??= createCosPresigner());

/** Which broker, authentication and bucket (BucketConnection.id). */
export const bucketConnectionId = (access: BrokerAccess, bucket: string): string =>
  JSON.stringify([access, bucket]);

/** The bucket's credentials, from the broker in its cloud's kind (STS for OSS, a temporary key for COS). */
export function bucketCredentials(broker: BrokerClient, bucket: string, provider: ProviderKind) {
  return new CredentialsManager({
    source:
      provider === 'cos'
        ? cosCredentialsSource(broker, { bucket })
        : brokerCredentialsSource(broker, { bucket }),
  });
}

/** The bucket's storage client (OSS or COS, one interface). Throws for a bad bucket name or endpoint. */
export function bucketClient(
  bucket: Pick<BucketConnection, 'name' | 'provider' | 'endpoint' | 'credentials'>,
  secure: boolean,
  presigners: { presigner: Promise<Presigner>; cosPresigner(): Promise<CosPresigner> },
): OssClient {
  const common = { bucket: bucket.name, endpoint: bucket.endpoint, secure, credentials: bucket.credentials };
  return bucket.provider === 'cos'
    ? createCosClient({ ...common, presigner: presigners.cosPresigner() })
    : createOssClient({ ...common, presigner: presigners.presigner });
}
