// Shared inputs of the signing benchmark: the same keys, credentials and options for every contender.
export const BUCKET = 'examplebucket';
export const REGION = 'cn-hangzhou';
export const EXPIRES = 3600;

/**
 * Shaped like a real Alibaba Cloud STS SecurityToken (they run to several hundred characters and are
 * signed into every URL), but obviously fake.
 */
export const CREDENTIALS = {
  accessKeyId: 'STS.BenchFakeAccessKeyId0000000',
  accessKeySecret: 'BenchFakeSecretNotARealKey00000000000000',
  securityToken: `CAIS${'BenchFakeSecurityToken+/'.repeat(24)}GAA=`,
};

/** Keys like a real bucket's: nested folders, some 中文, spaces and `+`. */
export function makeKeys(count: number): string[] {
  const keys = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(7, '0');
    keys[i] = i % 10 === 0 ? `报告/2024 年/第${n}号 a+b.pdf` : `photos/2024/${n.slice(0, 3)}/IMG_${n}.jpg`;
  }
  return keys;
}

// COS: the same keys, a bucket of COS's BucketName-APPID form, a temporary key shaped like Tencent's (its
// SecretId and token are [A-Za-z0-9_-]; tokens run to a few hundred characters, all in every URL).
export const COS_BUCKET = 'examplebucket-1250000000';
export const COS_REGION = 'ap-guangzhou';
export const COS_CREDENTIALS = {
  secretId: 'AKIDBenchFakeTmpSecretId_0000-BenchFakeTmpSecretId_0000-000000',
  secretKey: 'BenchFakeTmpSecretKeyNotARealKey0000000000',
  securityToken: `Bench${'FakeCosSecurityToken_-'.repeat(18)}0000`,
};
