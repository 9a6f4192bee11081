// The official SDK (ali-oss) in Node as an independent client of oss-local: credentials from the e2e
// stack's broker, renewed through the SDK's own refreshSTSToken hook as an application would set it up.
import OSS from 'ali-oss';
import { brokerAnswer } from './broker-credentials';

interface StsAnswer {
  AccessKeyId: string;
  AccessKeySecret: string;
  SecurityToken: string;
}

export async function ossSdkClient(bucket: string, extra: Partial<OSS.Options> = {}): Promise<OSS> {
  const c = await brokerAnswer<StsAnswer>(bucket);
  return new OSS({
    region: 'oss-cn-local',
    endpoint: process.env.E2E_OSS_HTTP!,
    bucket,
    secure: false,
    accessKeyId: c.AccessKeyId,
    accessKeySecret: c.AccessKeySecret,
    stsToken: c.SecurityToken,
    refreshSTSToken: async () => {
      const fresh = await brokerAnswer<StsAnswer>(bucket);
      return {
        accessKeyId: fresh.AccessKeyId,
        accessKeySecret: fresh.AccessKeySecret,
        stsToken: fresh.SecurityToken,
      };
    },
    // the broker's answer lasts its default hour; these clients live for one test
    refreshSTSTokenInterval: 30 * 60_000,
    ...extra,
  } as OSS.Options);
}
