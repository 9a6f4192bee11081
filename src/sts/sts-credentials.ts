// The broker's /sts answer → StsCredentials. Two shapes are in the wild: the flat one this project's
// broker sends, and AssumeRole's `{ Credentials: {…} }` that many hand-written brokers pass through.
import * as z from 'zod/mini';
import { BrokerError } from './broker-error';
import { describeZodIssues } from './console-config';
import { isCosStsAnswer } from './cos-sts-credentials';
import { withRedactedJson } from './redact';

/** Temporary credentials, in memory only. `toJSON` redacts the secrets so they cannot leak by accident. */
export interface StsCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken: string;
  /** ms since the epoch, on the broker's (STS's) clock */
  expiresAt: number;
  /** seconds the broker granted (DurationSeconds), when it says */
  grantedSeconds?: number;
  /** seconds that were asked for (RequestedDurationSeconds), when the request named a duration */
  requestedSeconds?: number;
}

const nonEmpty = () => z.string().check(z.minLength(1));

const isoDate = nonEmpty().check(
  z.refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 date such as 2030-01-02T03:04:05Z'),
);

const credentialFields = z.object({
  AccessKeyId: nonEmpty(),
  AccessKeySecret: nonEmpty(),
  SecurityToken: nonEmpty(),
  Expiration: isoDate,
});

const durations = {
  DurationSeconds: z.optional(z.int().check(z.positive())),
  RequestedDurationSeconds: z.optional(z.int().check(z.positive())),
};

const flatAnswer = z.extend(credentialFields, durations);
const assumeRoleAnswer = z.object({ Credentials: credentialFields, ...durations });

const ANSWER_FIX =
  'The broker must answer {"AccessKeyId", "AccessKeySecret", "SecurityToken", "Expiration"} or AssumeRole’s {"Credentials": {…}}. Check that the broker URL in Settings points at the STS broker.';

/** Makes JSON.stringify (logs, storage, devtools copies) print everything but the secrets. */
export function redactable(credentials: StsCredentials): StsCredentials {
  return withRedactedJson(credentials, ['accessKeySecret', 'securityToken']);
}

/** Validates a parsed /sts body; anything else → BrokerError('bad-answer') naming the field. */
export function parseStsAnswer(json: unknown): StsCredentials {
  if (isCosStsAnswer(json)) {
    throw new BrokerError({
      kind: 'bad-answer',
      status: 200,
      problem:
        'The broker answered a Tencent COS temporary key where Alibaba Cloud OSS credentials were expected.',
      fix: 'Ask for credentials of an OSS bucket (the bucket’s provider in the broker’s configuration says which cloud holds it).',
    });
  }
  const wrapped = json !== null && typeof json === 'object' && 'Credentials' in json;
  const result = wrapped ? assumeRoleAnswer.safeParse(json) : flatAnswer.safeParse(json);
  if (!result.success) {
    throw new BrokerError({
      kind: 'bad-answer',
      status: 200,
      problem: `The broker’s /sts answer is not usable: ${describeZodIssues(result.error, json)}.`,
      fix: ANSWER_FIX,
    });
  }
  const data = result.data;
  const c = 'Credentials' in data ? data.Credentials : data;
  return redactable({
    accessKeyId: c.AccessKeyId,
    accessKeySecret: c.AccessKeySecret,
    securityToken: c.SecurityToken,
    expiresAt: Date.parse(c.Expiration),
    ...(data.DurationSeconds === undefined ? {} : { grantedSeconds: data.DurationSeconds }),
    ...(data.RequestedDurationSeconds === undefined
      ? {}
      : { requestedSeconds: data.RequestedDurationSeconds }),
  });
}
