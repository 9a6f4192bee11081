import { CoreInputError } from '../errors/core-input-error';

/** What signs: a temporary (STS) or long-term key pair. Never logged, never persisted. */
export interface SigningCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string | undefined;
}

export function validateCredentials(c: SigningCredentials): void {
  if (!c.accessKeyId.trim() || !c.accessKeySecret.trim()) {
    throw new CoreInputError({ code: 'CREDENTIALS_INVALID' });
  }
}
