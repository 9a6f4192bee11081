// Renders an OssError the way OSS does: XML body, x-oss-request-id, x-oss-ec; for HEAD, no body and x-oss-err.
// Nothing here reads credentials, so no secret can reach the body: only the code, message and the
// diagnostic details the verifier chose to expose (StringToSign, CanonicalRequest, never a key secret).
import { OssError } from './errors';
import { H, SERVER_HEADER } from './constants';
import { XML_DECLARATION, el } from './xml';

export interface ErrorContext {
  requestId: string;
  hostId: string;
  method: string;
}

export function toOssError(err: unknown): OssError {
  if (err instanceof OssError) return err;
  return new OssError(500, 'InternalError', 'We encountered an internal error. Please try again.');
}

export function renderErrorXml(err: OssError, ctx: ErrorContext): string {
  let body = `${XML_DECLARATION}<Error>${el('Code', err.code)}${el('Message', err.message)}`;
  body += el('RequestId', ctx.requestId) + el('HostId', ctx.hostId);
  for (const [name, text] of err.details) body += el(name, text);
  if (err.ec !== undefined) {
    body += el('EC', err.ec) + el('RecommendDoc', `https://api.aliyun.com/troubleshoot?q=${err.ec}`);
  }
  return `${body}</Error>\n`;
}

export function renderOssError(err: OssError, ctx: ErrorContext): Response {
  const headers = new Headers({
    'Content-Type': 'application/xml',
    [H.requestId]: ctx.requestId,
    Server: SERVER_HEADER,
    ...err.headers,
  });
  if (err.ec !== undefined) headers.set('x-oss-ec', err.ec);
  const xml = renderErrorXml(err, ctx);
  if (ctx.method !== 'HEAD') return new Response(xml, { status: err.status, headers });
  // a HEAD response has no body; OSS carries the error document base64-encoded in x-oss-err instead
  headers.set('x-oss-err', Buffer.from(xml, 'utf8').toString('base64'));
  return new Response(null, { status: err.status, headers });
}
