// Reads COS objects back the way an independent client would: a temporary key from the broker, the
// official Node SDK (cos-nodejs-sdk-v5) against the e2e stack's cos-local.
import COS from 'cos-nodejs-sdk-v5';
import { E2E_PORTS } from '../global-setup';
import { brokerAnswer } from './broker-credentials';

export const COS_REGION = 'ap-guangzhou';

/** The object's bytes, or the COS error code when there is none. */
export async function readCosObject(bucket: string, key: string): Promise<Buffer | string> {
  const k = await brokerAnswer<{ tmpSecretId: string; tmpSecretKey: string; sessionToken: string }>(bucket);
  const cos = new COS({
    SecretId: k.tmpSecretId,
    SecretKey: k.tmpSecretKey,
    SecurityToken: k.sessionToken,
    Domain: `{Bucket}.cos.{Region}.localhost:${E2E_PORTS.cosPort}`,
    Protocol: 'http:',
    Ip: `127.0.0.1:${E2E_PORTS.cosPort}`,
    AutoSwitchHost: false,
    KeepAlive: false,
  });
  try {
    const got = await cos.getObject({ Bucket: bucket, Region: COS_REGION, Key: key });
    return Buffer.from(got.Body as Buffer);
  } catch (err) {
    const e = err as { code?: string; error?: { Code?: string } };
    return e.code ?? e.error?.Code ?? String(err);
  }
}
