// Reads objects back the way an independent client would: credentials from the broker, the official SDK
// (ali-oss) in Node, through the *.localhost lookup Node lacks.
import type OSS from 'ali-oss';
import { createLoopbackAgents } from '../../server/oss-local/loopback-lookup';
import { ossSdkClient } from './oss-sdk';

/** An upload (PUT) URL for `key`, signed by the official SDK with the bucket's broker credentials. */
export async function sdkUploadUrl(bucket: string, key: string, contentType: string): Promise<string> {
  const client = await ossSdkClient(bucket);
  return client.signatureUrl(key, { method: 'PUT', expires: 600, 'Content-Type': contentType });
}

/** The object's bytes, or the OSS error code when there is none. */
export async function readObject(bucket: string, key: string): Promise<Buffer | string> {
  const agents = createLoopbackAgents({ keepAlive: false });
  try {
    const client = await ossSdkClient(bucket, { agent: agents.httpAgent } as Partial<OSS.Options>);
    const result = await client.get(key);
    return result.content as Buffer;
  } catch (err) {
    return String((err as { code?: unknown }).code ?? err);
  } finally {
    agents.destroy();
  }
}
