// Step 6 of the COS signature: StringToSign = `sha1\nKeyTime\nSHA1(HttpString)\n`.
import { COS_SIGN_ALGORITHM } from './constants';

/** `sha1\n<KeyTime>\n`: the part of a StringToSign that the compiled signers encode once. */
export function getCosStringToSignHead(keyTime: string): string {
  return `${COS_SIGN_ALGORITHM}\n${keyTime}\n`;
}

/** `httpStringSha1Hex`: the lower-case hex SHA-1 of the HttpString's UTF-8 bytes. */
export function getCosStringToSign(keyTime: string, httpStringSha1Hex: string): string {
  return `${getCosStringToSignHead(keyTime)}${httpStringSha1Hex}\n`;
}
