// The whole of OSS request authentication, in the order OSS applies it: which form is used, whether it
// is still valid in time, whose credentials these are (STS token included), whether the signature
// matches, and whether a signed source-IP restriction holds.
import { ossErrors } from '../errors';
import type { CredentialContext } from './resolve-credentials';
import { resolveCredentials } from './resolve-credentials';
import { parseAuthorization, type ParsedAuth } from './parse-authorization';
import type { Principal } from './principal';
import { checkRequestTime } from './request-time';
import { checkSourceIp } from './source-ip';
import type { SignedRequest } from './verify-signature';
import { verifySignature } from './verify-signature';
import { V4_PRODUCT, V4_TERMINATOR } from '../constants';

export interface AuthenticationContext extends Omit<CredentialContext, 'nowSeconds'> {
  nowMs: number;
  region: string;
  clientIp: string;
  /** fault injection: added to nowMs where the request's own time is checked (expiry, skew) */
  requestClockOffsetMs?: number;
}

export type AuthScheme = ParsedAuth['scheme'];

export interface Authenticated {
  principal: Principal;
  /** how the request was signed: URL-signed and anonymous requests get the default-domain download rules */
  scheme: AuthScheme;
}

export function authenticate(req: SignedRequest, ctx: AuthenticationContext): Authenticated {
  const auth = parseAuthorization(req);
  if (auth.scheme === 'anonymous') return { principal: { kind: 'anonymous' }, scheme: 'anonymous' };

  checkRequestTime(auth, req.headers, ctx.nowMs + (ctx.requestClockOffsetMs ?? 0));
  if (auth.scheme === 'v4-header' || auth.scheme === 'v4-query') {
    const { credential } = auth;
    if (credential.date !== auth.timestamp.slice(0, 8))
      throw ossErrors.invalidArgument('Invalid signing date in Credential.');
    if (credential.region !== ctx.region) {
      throw ossErrors.invalidArgument(
        `Invalid signing region in Credential: this endpoint is ${ctx.region}.`,
      );
    }
    if (credential.product !== V4_PRODUCT || credential.terminator !== V4_TERMINATOR) {
      throw ossErrors.invalidArgument(`Credential scope must end with /${V4_PRODUCT}/${V4_TERMINATOR}.`);
    }
  }

  const { secret, principal } = resolveCredentials(auth.accessKeyId, auth.securityToken, {
    ...ctx,
    nowSeconds: Math.floor(ctx.nowMs / 1000),
  });
  verifySignature(auth, req, secret);
  checkSourceIp(req.query, ctx.clientIp);
  return { principal, scheme: auth.scheme };
}
