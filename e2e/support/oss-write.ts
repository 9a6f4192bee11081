// Creates objects for a test as an independent client would: credentials from the broker, a PUT URL
// signed by the official SDK (ali-oss), sent by loopbackRequest — which sends the path exactly as written,
// so keys with `..` segments, control characters or bidi overrides arrive as they are. The seed has none.
import { loopbackRequest } from '../../server/oss-local/loopback-lookup';
import { ossSdkClient } from './oss-sdk';

/** PUTs each key with its body (default: the key itself, UTF-8). Throws on any refusal. */
export async function putObjects(bucket: string, objects: Record<string, string>): Promise<void> {
  const client = await ossSdkClient(bucket);
  for (const [key, body] of Object.entries(objects)) {
    const url = client.signatureUrl(key, { method: 'PUT', expires: 600 });
    const res = await loopbackRequest(url, { method: 'PUT', body });
    if (res.status !== 200)
      throw new Error(`PUT ${JSON.stringify(key)}: ${res.status} ${res.body.toString()}`);
  }
}

/** A folder of its own per test run: objects never meet another run's. */
export const runFolder = (name: string) => `e2e-keys/${name}-${Date.now().toString(36)}/`;
