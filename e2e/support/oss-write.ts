// Creates objects for a test as an independent client would: credentials from the broker, a PUT URL
// signed by the official SDK (ali-oss), sent by loopbackRequest — which sends the path exactly as written,
// so keys with `..` segments, control characters or bidi overrides arrive as they are. The seed has none.
import OSS from 'ali-oss';
import { loopbackRequest } from '../../server/oss-local/loopback-lookup';

async function uploadCredentials(bucket: string) {
  const res = await fetch(`${process.env.E2E_BROKER_URL}/sts?bucket=${encodeURIComponent(bucket)}`);
  if (!res.ok) throw new Error(`broker: ${res.status} ${await res.text()}`);
  return (await res.json()) as { AccessKeyId: string; AccessKeySecret: string; SecurityToken: string };
}

/** PUTs each key with its body (default: the key itself, UTF-8). Throws on any refusal. */
export async function putObjects(bucket: string, objects: Record<string, string>): Promise<void> {
  const c = await uploadCredentials(bucket);
  const client = new OSS({
    region: 'oss-cn-local',
    endpoint: process.env.E2E_OSS_HTTP!,
    bucket,
    secure: false,
    accessKeyId: c.AccessKeyId,
    accessKeySecret: c.AccessKeySecret,
    stsToken: c.SecurityToken,
  } as OSS.Options);
  for (const [key, body] of Object.entries(objects)) {
    const url = client.signatureUrl(key, { method: 'PUT', expires: 600 });
    const res = await loopbackRequest(url, { method: 'PUT', body });
    if (res.status !== 200)
      throw new Error(`PUT ${JSON.stringify(key)}: ${res.status} ${res.body.toString()}`);
  }
}

/** A folder of its own per test run: objects never meet another run's. */
export const runFolder = (name: string) => `e2e-keys/${name}-${Date.now().toString(36)}/`;
