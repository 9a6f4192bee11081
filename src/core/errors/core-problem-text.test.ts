// Every problem the core can report reads as a sentence and a fix in both languages, with its facts in
// it; the zh-CN text is Chinese (no English left in it but names, codes and the facts themselves).
import { describe, expect, it } from 'vitest';
import type { CoreProblem, CoreProblemCode } from './core-problem';
import { describeCoreProblem } from './core-problem-text';
import { CoreInputError } from './core-input-error';

const SAMPLES: { [C in CoreProblemCode]: Extract<CoreProblem, { code: C }> } = {
  KEY_EMPTY: { code: 'KEY_EMPTY' },
  KEY_LEADING_SLASH: { code: 'KEY_LEADING_SLASH', key: '/photos/a.jpg', char: '/', cloud: 'OSS' },
  KEY_INVALID_UNICODE: { code: 'KEY_INVALID_UNICODE' },
  KEY_TOO_LONG: { code: 'KEY_TOO_LONG', bytes: 1100, max: 1023, cloud: 'OSS' },
  KEY_INVALID_CHARACTER: { code: 'KEY_INVALID_CHARACTER', codePoint: '0018', cloud: 'COS' },
  BUCKET_INVALID: { code: 'BUCKET_INVALID', bucket: 'Bad_Bucket' },
  BUCKET_PUNYCODE: { code: 'BUCKET_PUNYCODE', bucket: 'xn--a', cloud: 'COS' },
  COS_BUCKET_NO_APPID: { code: 'COS_BUCKET_NO_APPID', bucket: 'examplebucket' },
  COS_BUCKET_UPPERCASE: { code: 'COS_BUCKET_UPPERCASE', bucket: 'Example-1250000000' },
  COS_BUCKET_CHARACTERS: { code: 'COS_BUCKET_CHARACTERS', bucket: 'ex_ample-1250000000' },
  COS_BUCKET_TOO_LONG: {
    code: 'COS_BUCKET_TOO_LONG',
    bucket: 'averyveryverylongbucketname-1250000000',
    region: 'ap-guangzhou',
    host: 'averyveryverylongbucketname-1250000000.cos.ap-guangzhou.myqcloud.com',
    length: 70,
    max: 60,
  },
  REGION_INVALID: { code: 'REGION_INVALID', region: 'cn hangzhou' },
  COS_REGION_ACCELERATE: { code: 'COS_REGION_ACCELERATE', region: 'accelerate' },
  COS_REGION_RETIRED: { code: 'COS_REGION_RETIRED', region: 'cn-south' },
  COS_REGION_INVALID: { code: 'COS_REGION_INVALID', region: 'guangzhou' },
  VALIDITY_OUT_OF_RANGE: { code: 'VALIDITY_OUT_OF_RANGE', seconds: 32401, min: 60, max: 32400 },
  VALIDITY_NOT_A_NUMBER: { code: 'VALIDITY_NOT_A_NUMBER', min: 60, max: 32400 },
  V4_EXPIRES_OUT_OF_RANGE: { code: 'V4_EXPIRES_OUT_OF_RANGE', seconds: 700000, max: 604800 },
  V1_EXPIRES_INVALID: { code: 'V1_EXPIRES_INVALID', seconds: -5 },
  COS_EXPIRES_INVALID: { code: 'COS_EXPIRES_INVALID', seconds: 0 },
  COS_START_TIME_INVALID: { code: 'COS_START_TIME_INVALID', value: '1.5' },
  DOMAIN_INVALID: {
    code: 'DOMAIN_INVALID',
    input: 'bad_label.example.com',
    reason: 'label',
    part: 'bad_label',
  },
  ENDPOINT_INVALID: { code: 'ENDPOINT_INVALID', input: 'oss.example.com:99999', reason: 'port' },
  PORT_INVALID: { code: 'PORT_INVALID', which: 'HTTPS', port: '70000' },
  ORIGIN_INVALID: { code: 'ORIGIN_INVALID', origin: 'console.example.com/app' },
  CREDENTIALS_INVALID: { code: 'CREDENTIALS_INVALID' },
  COS_CREDENTIALS_INVALID: { code: 'COS_CREDENTIALS_INVALID' },
  TRAFFIC_LIMIT_OUT_OF_RANGE: { code: 'TRAFFIC_LIMIT_OUT_OF_RANGE', value: 5, min: 819200, max: 838860800 },
  SUBNET_MASK_INVALID: { code: 'SUBNET_MASK_INVALID', mask: 33 },
  PLACEHOLDER_REPEATED: { code: 'PLACEHOLDER_REPEATED' },
  PER_KEY_PARAM_EMPTY: { code: 'PER_KEY_PARAM_EMPTY' },
  OPTION_NOT_ON_COS: { code: 'OPTION_NOT_ON_COS', option: 'x-oss-process' },
  COS_PROCESS_INVALID: { code: 'COS_PROCESS_INVALID', value: 'resize,w_800' },
  COS_HEADER_NOT_SIGNABLE: { code: 'COS_HEADER_NOT_SIGNABLE', name: 'x-foo', prefix: 'x-cos-' },
  COS_HEADER_VALUE_INVALID: { code: 'COS_HEADER_VALUE_INVALID', name: 'x-cos-meta-a' },
  BODY_HEADERS_ON_READ: { code: 'BODY_HEADERS_ON_READ', method: 'GET' },
  FIELD_REPEATED: { code: 'FIELD_REPEATED', name: 'x-cos-meta-a' },
  CONTENT_TYPE_EMPTY: { code: 'CONTENT_TYPE_EMPTY' },
  CONTENT_TYPE_INVALID: { code: 'CONTENT_TYPE_INVALID', type: 'image' },
  CONTENT_MD5_INVALID: { code: 'CONTENT_MD5_INVALID', md5: 'zzz' },
  KEY_TEMPLATE_FOLDER: { code: 'KEY_TEMPLATE_FOLDER', template: 'incoming/' },
  UPLOAD_NO_FILE_NAME: { code: 'UPLOAD_NO_FILE_NAME', path: 'photos/' },
  UPLOAD_SAME_KEY: { code: 'UPLOAD_SAME_KEY', key: 'docs/a.pdf' },
};

/** Names, codes and commands that stay as they are in Chinese text. */
const KEPT =
  /\b(?:OSS|COS|Key|BucketName|Bucket|examplebucket|myqcloud|APPID|URL|V4|V1|Endpoint|UTF-8|Unicode|IP|ASCII|punycode|xn|Content-Type|Content-MD5|SecretId|SecretKey|AccessKeyId|AccessKeySecret|StartTime|Unix|PUT|GET|HTTPS|CAN|EM|SUB|ESC|KB|MB|bit|base64|openssl|md5sum|md5|binary|FILE|https?|console|example|com|files|image|png|application|pdf|text|plain|charset|utf|incoming|report|random|photos|jpg|cn|hangzhou|ap|guangzhou|beijing|origin|oss|aliyuncs|x-cos|imageMogr2|imageView2|watermark|imageInfo|exif|imageAve|imageSlim|thumbnail|s)\b/gi;

/** The facts of a problem: strings and numbers in it, which appear in both languages as they are. */
const factsOf = (p: CoreProblem) =>
  Object.entries(p)
    .filter(([name]) => name !== 'code' && name !== 'reason' && name !== 'cloud')
    .map(([, v]) => String(v));

describe('describeCoreProblem', () => {
  for (const problem of Object.values(SAMPLES) as CoreProblem[]) {
    it(`${problem.code} reads in en-US and zh-CN, with its facts`, () => {
      const en = describeCoreProblem(problem, 'en-US');
      const zh = describeCoreProblem(problem, 'zh-CN');
      for (const text of [en, zh]) {
        expect(text.problem.length).toBeGreaterThan(5);
        expect(text.fix.length).toBeGreaterThan(5);
        expect(`${text.problem} ${text.fix}`).not.toMatch(/undefined|NaN|\$\{|\{(?!random\})\w+\}/); // {random} is the upload template's own
      }
      for (const fact of factsOf(problem)) {
        const shown = fact.slice(0, 40);
        expect(`${en.problem} ${en.fix}`, `en-US ${fact}`).toContain(shown);
        expect(`${zh.problem} ${zh.fix}`, `zh-CN ${fact}`).toContain(shown);
      }
      // Chinese, and no English sentence left once the facts and the kept names are taken out
      expect(`${zh.problem}${zh.fix}`).toMatch(/[\u4e00-\u9fff]/);
      let rest = `${zh.problem} ${zh.fix}`;
      for (const fact of factsOf(problem)) rest = rest.split(fact).join(' ');
      rest = rest.replace(/"[^"]*"|“[^”]*”/g, ' ').replace(KEPT, ' ');
      expect(rest, rest).not.toMatch(/[A-Za-z]{3,}/);
    });
  }

  it('CoreInputError carries the problem and says it in en-US', () => {
    const e = new CoreInputError(SAMPLES.KEY_TOO_LONG);
    expect(e.code).toBe('KEY_TOO_LONG');
    expect(e.problem).toEqual(SAMPLES.KEY_TOO_LONG);
    expect(e.message).toBe(
      'The object key is 1100 bytes long in UTF-8; OSS allows at most 1023. Use a shorter key.',
    );
    expect(e.fix).toBe('Use a shorter key.');
  });
});
