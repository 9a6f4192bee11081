export type { SigningCredentials } from './credentials';
export type { PresignInput, PresignMethod, SignatureVersion } from './presign-url';
export type { KeySigner, PresignTemplate } from './presign-url';
export { compilePresign, presignUrl } from './presign-url';
export type { Presigner } from './presigner';
export { createPresigner } from './presigner';
export type { SigningSession, SessionOptions } from './signing-session';
