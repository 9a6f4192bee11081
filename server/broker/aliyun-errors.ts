// STS failures → one clear 502/503 for the console, with the fix for the operator running the broker.
// Only the STS error code and request id are copied from the answer: they help support and are not secret.
import { BrokerError } from './errors';

interface SdkErrorShape {
  code?: unknown;
  statusCode?: unknown;
  requestId?: unknown;
  retryAfter?: unknown;
}

const FIXES: [RegExp, string][] = [
  [
    /^(NoPermission|Forbidden|AccessDenied)/,
    "STS refused AssumeRole: the broker's identity may not assume BROKER_ROLE_ARN. Grant it AliyunSTSAssumeRoleAccess (or sts:AssumeRole on the role) and list it in the role's trust policy.",
  ],
  [/^EntityNotExist\.Role/, 'The role in BROKER_ROLE_ARN does not exist. Copy the ARN from the RAM console.'],
  [
    /DurationSeconds/,
    "STS refused the duration: raise the role's maximum session duration in the RAM console, or lower BROKER_MAX_DURATION.",
  ],
  [/Policy/, 'STS refused the session policy. Check BROKER_BUCKETS (bucket names and prefixes).'],
  [/RoleArn/, 'STS refused BROKER_ROLE_ARN. It must look like acs:ram::<account id>:role/<name>.'],
  [
    /^(InvalidAccessKeyId|SignatureDoesNotMatch|InvalidSecurityToken|IncompleteSignature)/,
    "STS refused the broker's own credentials. Check ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET, the ECS RAM role or the OIDC settings.",
  ],
  [
    /ExternalId/,
    "STS refused the ExternalId. Set BROKER_EXTERNAL_ID to the value in the role's trust policy.",
  ],
];

export function mapStsError(err: unknown): BrokerError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as SdkErrorShape;
  // An answer from STS has an HTTP status; a network failure (ECONNREFUSED...) has only an errno code.
  const answered = typeof e.statusCode === 'number';
  const code = answered && typeof e.code === 'string' && /^[\w.]{1,100}$/.test(e.code) ? e.code : undefined;
  const requestId =
    typeof e.requestId === 'string' && /^[\w-]{1,100}$/.test(e.requestId) ? e.requestId : undefined;
  const details = [code && `STS code ${code}`, requestId && `request id ${requestId}`].filter(Boolean);
  const tail = details.length > 0 ? ` (${details.join(', ')})` : '';

  if (code?.includes('Throttling')) {
    const retry = typeof e.retryAfter === 'number' && e.retryAfter > 0 ? Math.ceil(e.retryAfter / 1000) : 5;
    return new BrokerError(503, 'StsThrottled', `STS is throttling AssumeRole; retry shortly${tail}.`, {
      headers: { 'Retry-After': String(retry) },
      cause: err,
    });
  }
  if (code) {
    const fix =
      FIXES.find(([pattern]) => pattern.test(code))?.[1] ?? 'STS refused AssumeRole; see the broker log.';
    return new BrokerError(502, 'StsError', `${fix}${tail}`, { cause: err });
  }
  const message = err instanceof Error ? err.message : '';
  if (/providers in the chain|credentials? (provider|chain)|could not load credentials/i.test(message)) {
    return new BrokerError(
      502,
      'StsNoBaseCredentials',
      'The broker found no credentials of its own. Give it ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET in its environment, an ECS RAM role, or OIDC (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE).',
      { cause: err },
    );
  }
  return new BrokerError(
    502,
    'StsUnreachable',
    'The broker could not get an answer from STS. Check BROKER_STS_ENDPOINT and the network path to it.',
    { cause: err },
  );
}
