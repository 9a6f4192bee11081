// Signed URLs may pin the caller's address: x-oss-ac-source-ip (+ x-oss-ac-subnet-mask, bits, default 32).
// The parameters are signed, so only the signer could have set them; here they are enforced.
import { isIPv4 } from 'node:net';
import { Q } from '../constants';
import { ossErrors } from '../errors';
import { queryGet, type QueryPair } from '../raw-request';
import { normaliseClientIp } from '../../object-store/fault-control';

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => ((acc << 8) | Number(part)) >>> 0, 0);
}

export function checkSourceIp(query: readonly QueryPair[], clientIp: string): void {
  const allowed = queryGet(query, Q.sourceIp);
  if (allowed === undefined) return;
  const maskText = queryGet(query, Q.subnetMask) ?? '32';
  const bits = /^\d{1,2}$/.test(maskText) ? Number(maskText) : NaN;
  if (!isIPv4(allowed) || !(bits >= 0 && bits <= 32)) {
    throw ossErrors.invalidArgument(
      'x-oss-ac-source-ip / x-oss-ac-subnet-mask are not a valid IPv4 subnet.',
      Q.sourceIp,
      allowed,
    );
  }
  const client = normaliseClientIp(clientIp);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  if (!isIPv4(client) || (ipv4ToInt(client) & mask) >>> 0 !== (ipv4ToInt(allowed) & mask) >>> 0) {
    throw ossErrors.accessDenied('The source IP of this request is not allowed by the signed URL.');
  }
}
