import type { ProviderKind } from '../provider/link-provider';
import { CoreInputError } from './core-input-error';

export type CorsMethod = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';

export interface CorsRuleInput {
  /** the console's origin exactly as the browser sends it: scheme://host[:port] */
  origin: string;
  methods?: readonly CorsMethod[];
  headers?: readonly string[];
  exposeHeaders?: readonly string[];
  maxAgeSeconds?: number;
  /** whose rule format: OSS (default) or COS — the same XML, each cloud's request-id header, SDK JSON and console form */
  provider?: ProviderKind;
}

export interface CorsRule {
  allowedOrigins: string[];
  allowedMethods: CorsMethod[];
  allowedHeaders: string[];
  exposeHeaders: string[];
  maxAgeSeconds: number;
}

export interface CorsRuleText {
  rule: CorsRule;
  /** the CORSConfiguration document of PutBucketCors (OSS: API, ossutil `cors --method put`; COS: API, coscli) */
  xml: string;
  /** the same rule as JSON (OSS: ossutil 2 / SDKs / Terraform; COS: the SDKs' putBucketCors `CORSRules`) */
  json: string;
  /** field by field, as the cloud console's CORS form asks for them */
  consoleFields: string;
}

/** What the console needs: list/head/get from the browser, PUT and POST for uploads. */
export const DEFAULT_CORS_METHODS: readonly CorsMethod[] = ['GET', 'HEAD', 'PUT', 'POST'];
/** ETag and Content-Length are read by the console; x-oss-request-id makes error reports traceable. */
export const DEFAULT_EXPOSE_HEADERS: readonly string[] = ['ETag', 'x-oss-request-id', 'Content-Length'];
/** The same on COS, whose request id travels in x-cos-request-id. */
export const COS_DEFAULT_EXPOSE_HEADERS: readonly string[] = ['ETag', 'x-cos-request-id', 'Content-Length'];
export const DEFAULT_CORS_MAX_AGE_SECONDS = 600;

const ORIGIN = /^https?:\/\/[^\s/?#@]+$/i;

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The bucket CORS rule that lets a console served from `origin` talk to OSS or COS. Pure: the operator
 * pastes the result into the cloud's console (OSS: bucket → Data Security → CORS; COS: bucket → Security
 * Management → CORS) or hands the XML to ossutil / coscli. Both clouds take the same CORSConfiguration
 * XML; the JSON and the console form differ.
 */
export function buildCorsRule(input: CorsRuleInput): CorsRuleText {
  const cos = input.provider === 'cos';
  const origin = input.origin.trim().replace(/\/$/, '');
  if (!ORIGIN.test(origin)) {
    throw new CoreInputError({ code: 'ORIGIN_INVALID', origin: input.origin });
  }
  const rule: CorsRule = {
    allowedOrigins: [origin],
    allowedMethods: [...(input.methods ?? DEFAULT_CORS_METHODS)],
    allowedHeaders: [...(input.headers ?? ['*'])],
    exposeHeaders: [...(input.exposeHeaders ?? (cos ? COS_DEFAULT_EXPOSE_HEADERS : DEFAULT_EXPOSE_HEADERS))],
    maxAgeSeconds: input.maxAgeSeconds ?? DEFAULT_CORS_MAX_AGE_SECONDS,
  };
  const el = (name: string, values: readonly string[]): string[] =>
    values.map((v) => `    <${name}>${escapeXml(v)}</${name}>`);
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CORSConfiguration>',
    '  <CORSRule>',
    ...el('AllowedOrigin', rule.allowedOrigins),
    ...el('AllowedMethod', rule.allowedMethods),
    ...el('AllowedHeader', rule.allowedHeaders),
    ...el('ExposeHeader', rule.exposeHeaders),
    `    <MaxAgeSeconds>${rule.maxAgeSeconds}</MaxAgeSeconds>`,
    '  </CORSRule>',
    '</CORSConfiguration>',
  ].join('\n');
  const json = JSON.stringify(
    cos
      ? {
          // cos-js-sdk-v5 / cos-nodejs-sdk-v5 putBucketCors({ Bucket, Region, CORSRules })
          CORSRules: [
            {
              AllowedOrigin: rule.allowedOrigins,
              AllowedMethod: rule.allowedMethods,
              AllowedHeader: rule.allowedHeaders,
              ExposeHeader: rule.exposeHeaders,
              MaxAgeSeconds: rule.maxAgeSeconds,
            },
          ],
        }
      : {
          CORSRule: [
            {
              AllowedOrigin: rule.allowedOrigins,
              AllowedMethod: rule.allowedMethods,
              AllowedHeader: rule.allowedHeaders,
              ExposeHeader: rule.exposeHeaders,
              MaxAgeSeconds: rule.maxAgeSeconds,
            },
          ],
        },
    null,
    2,
  );
  // The console form takes one value per line in its text areas.
  const consoleFields = cos
    ? [
        `Origin: ${rule.allowedOrigins.join('\n')}`,
        `Allow-Methods: ${rule.allowedMethods.join(', ')}`,
        `Allow-Headers: ${rule.allowedHeaders.join('\n')}`,
        `Expose-Headers:\n${rule.exposeHeaders.join('\n')}`,
        `Max-Age: ${rule.maxAgeSeconds}`,
      ].join('\n')
    : [
        `Sources: ${rule.allowedOrigins.join('\n')}`,
        `Allowed Methods: ${rule.allowedMethods.join(', ')}`,
        `Allowed Headers: ${rule.allowedHeaders.join('\n')}`,
        `Exposed Headers:\n${rule.exposeHeaders.join('\n')}`,
        `Cache Timeout (Seconds): ${rule.maxAgeSeconds}`,
      ].join('\n');
  return { rule, xml, json, consoleFields };
}
