/**
 * A bad input to the core (a key, a validity, a domain…). `code` is stable for programs and tests;
 * `message` names the problem and `fix` says what the operator should do about it.
 */
export type CoreInputErrorCode =
  | 'KEY_EMPTY'
  | 'KEY_TOO_LONG'
  | 'KEY_LEADING_SLASH'
  | 'KEY_INVALID_UNICODE'
  | 'KEY_INVALID_CHARACTER'
  | 'BUCKET_INVALID'
  | 'REGION_INVALID'
  | 'VALIDITY_OUT_OF_RANGE'
  | 'V4_EXPIRES_OUT_OF_RANGE'
  | 'DOMAIN_INVALID'
  | 'ENDPOINT_INVALID'
  | 'PORT_INVALID'
  | 'CREDENTIALS_INVALID'
  | 'PARAM_INVALID'
  | 'FILENAME_INVALID'
  | 'CONTENT_TYPE_INVALID'
  | 'CONTENT_MD5_INVALID'
  | 'KEY_TEMPLATE_INVALID';

export class CoreInputError extends Error {
  override readonly name = 'CoreInputError';
  readonly code: CoreInputErrorCode;
  readonly fix: string;
  constructor(code: CoreInputErrorCode, message: string, fix: string) {
    super(`${message} ${fix}`);
    this.code = code;
    this.fix = fix;
  }
}
