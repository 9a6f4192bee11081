// Reads objects back the way an independent client would: credentials from the broker, the official SDK
// (ali-oss) in Node, through the *.localhost lookup Node lacks.
import OSS from 'ali-oss';
import { createLoopbackAgents } from '../../server/oss-local/loopback-lookup';

async function brokerCredentials(bucket: string) {
  const res = await fetch(`${process.env.E2E_BROKER_URL}/sts?bucket=${encodeURIComponent(bucket)}`);
  if (!res.ok) throw new Error(`broker: ${res.status} ${await res.text()}`);
  return (await res.json()) as { AccessKeyId: string; AccessKeySecret: string; SecurityToken: string };
}

/** An upload (PUT) URL for `key`, signed by the official SDK with the bucket's broker credentials. */
export async function sdkUploadUrl(bucket: string, key: string, contentType: string): Promise<string> {
  const c = await brokerCredentials(bucket);
  const client = new OSS({
    region: 'oss-cn-local',
    endpoint: process.env.E2E_OSS_HTTP!,
    bucket,
    secure: false,
    accessKeyId: c.AccessKeyId,
    accessKeySecret: c.AccessKeySecret,
    stsToken: c.SecurityToken,
  } as OSS.Options);
  return client.signatureUrl(key, { method: 'PUT', expires: 600, 'Content-Type': contentType });
}

/** The object's bytes, or the OSS error code when there is none. */
export async function readObject(bucket: string, key: string): Promise<Buffer | string> {
  const c = await brokerCredentials(bucket);
  const agents = createLoopbackAgents({ keepAlive: false });
  try {
    const client = new OSS({
      region: 'oss-cn-local',
      endpoint: process.env.E2E_OSS_HTTP!,
      bucket,
      secure: false,
      accessKeyId: c.AccessKeyId,
      accessKeySecret: c.AccessKeySecret,
      stsToken: c.SecurityToken,
      agent: agents.httpAgent,
    } as OSS.Options);
    const result = await client.get(key);
    return result.content as Buffer;
  } catch (err) {
    return String((err as { code?: unknown }).code ?? err);
  } finally {
    agents.destroy();
  }
}
