// The broker's /sts answer for a Tencent COS bucket → CosStsCredentials. Three shapes are accepted: the
// provider-tagged one this project's broker sends (server/broker/README.md), the one Tencent's
// qcloud-cos-sts SDK returns (`{ credentials: { tmpSecretId, tmpSecretKey, sessionToken }, expiredTime }`,
// what cos-js-sdk-v5's getAuthorization examples pass through) and the STS API's own
// (`{ Credentials: { TmpSecretId, TmpSecretKey, Token }, ExpiredTime }`).
import * as z from 'zod/mini';
import { BrokerError } from './broker-error';
import { describeZodIssues } from './console-config';
import { withRedactedJson } from './redact';

/** A COS temporary key, in memory only. `toJSON` redacts the secrets so they cannot leak by accident. */
export interface CosStsCredentials {
  provider: 'cos';
  /** TmpSecretId */
  secretId: string;
  /** TmpSecretKey */
  secretKey: string;
  /** Token / sessionToken, sent as x-cos-security-token */
  sessionToken: string;
  /** ms since the epoch, on the broker's (STS's) clock */
  expiresAt: number;
  /** seconds the broker granted, when it says */
  grantedSeconds?: number;
  /** seconds that were asked for, when the request named a duration */
  requestedSeconds?: number;
  /** what the key reaches, when the broker says (this project's broker does) */
  scope?: { bucket: string; region: string; appId: string; prefix: string; uploadPrefix?: string };
}

const nonEmpty = () => z.string().check(z.minLength(1));
const isoDate = nonEmpty().check(
  z.refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 date such as 2030-01-02T03:04:05Z'),
);
const unixSeconds = z.int().check(z.positive());
const seconds = () => z.optional(z.int().check(z.positive()));

const taggedAnswer = z.object({
  provider: z.literal('cos'),
  tmpSecretId: nonEmpty(),
  tmpSecretKey: nonEmpty(),
  sessionToken: nonEmpty(),
  expiration: isoDate,
  expiredTime: z.optional(unixSeconds),
  bucket: nonEmpty(),
  region: nonEmpty(),
  appId: z.string(),
  prefix: z.string(),
  uploadPrefix: z.optional(z.string()),
  durationSeconds: seconds(),
  requestedDurationSeconds: seconds(),
});

const sdkAnswer = z.object({
  credentials: z.object({ tmpSecretId: nonEmpty(), tmpSecretKey: nonEmpty(), sessionToken: nonEmpty() }),
  expiredTime: unixSeconds,
  expiration: z.optional(isoDate),
});

const apiAnswer = z.object({
  Credentials: z.object({ TmpSecretId: nonEmpty(), TmpSecretKey: nonEmpty(), Token: nonEmpty() }),
  ExpiredTime: unixSeconds,
  Expiration: z.optional(isoDate),
});

const ANSWER_FIX =
  'For a COS bucket the broker must answer {"provider": "cos", "tmpSecretId", "tmpSecretKey", "sessionToken", "expiration", …} (server/broker/README.md), qcloud-cos-sts’s {"credentials": {…}, "expiredTime"} or STS’s {"Credentials": {…}, "ExpiredTime"}. Check that the broker URL points at the STS broker.';

function schemaFor(json: unknown) {
  if (json !== null && typeof json === 'object') {
    if ('Credentials' in json) return apiAnswer;
    if ('credentials' in json) return sdkAnswer;
  }
  return taggedAnswer;
}

/** True when a parsed /sts body is a COS key in any of the accepted shapes (not an OSS answer). */
export function isCosStsAnswer(json: unknown): boolean {
  if (json === null || typeof json !== 'object') return false;
  const o = json as Record<string, unknown>;
  const inner = (o.Credentials ?? o.credentials) as Record<string, unknown> | undefined;
  return (
    o.provider === 'cos' ||
    'tmpSecretId' in o ||
    (inner !== null && typeof inner === 'object' && ('TmpSecretId' in inner || 'tmpSecretId' in inner))
  );
}

/** Validates a parsed /sts body for a COS bucket; anything else → BrokerError('bad-answer') naming the field. */
export function parseCosStsAnswer(json: unknown): CosStsCredentials {
  const result = schemaFor(json).safeParse(json);
  if (!result.success) {
    throw new BrokerError({
      kind: 'bad-answer',
      status: 200,
      problem: `The broker’s /sts answer for a COS bucket is not usable: ${describeZodIssues(result.error, json)}.`,
      fix: ANSWER_FIX,
    });
  }
  const d = result.data;
  const credentials: CosStsCredentials =
    'Credentials' in d
      ? {
          provider: 'cos',
          secretId: d.Credentials.TmpSecretId,
          secretKey: d.Credentials.TmpSecretKey,
          sessionToken: d.Credentials.Token,
          expiresAt: d.ExpiredTime * 1000,
        }
      : 'credentials' in d
        ? {
            provider: 'cos',
            secretId: d.credentials.tmpSecretId,
            secretKey: d.credentials.tmpSecretKey,
            sessionToken: d.credentials.sessionToken,
            expiresAt: d.expiredTime * 1000,
          }
        : {
            provider: 'cos',
            secretId: d.tmpSecretId,
            secretKey: d.tmpSecretKey,
            sessionToken: d.sessionToken,
            expiresAt: Date.parse(d.expiration),
            ...(d.durationSeconds === undefined ? {} : { grantedSeconds: d.durationSeconds }),
            ...(d.requestedDurationSeconds === undefined
              ? {}
              : { requestedSeconds: d.requestedDurationSeconds }),
            scope: {
              bucket: d.bucket,
              region: d.region,
              appId: d.appId,
              prefix: d.prefix,
              ...(d.uploadPrefix === undefined ? {} : { uploadPrefix: d.uploadPrefix }),
            },
          };
  return withRedactedJson(credentials, ['secretKey', 'sessionToken']);
}
