// Bucket-level requests (`/` on a bucket host): ListObjects V1/V2, ListCname (?cname), GetBucketInfo
// (?bucketInfo) and ListMultipartUploads (?uploads). Every other bucket operation OSS defines (acl, cors,
// lifecycle, policy, versioning, DeleteMultipleObjects ?delete, PutBucket...) answers 501 NotImplemented.
import { Hono, type Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { authorize } from '../auth/authorize';
import { OWNER } from '../constants';
import { ossErrors } from '../errors';
import { namesAre, operationSubResources } from '../sub-resources';
import { XML_DECLARATION, el, els } from '../xml';
import { bucketOf } from './bucket-context';
import { listMultipartUploads } from './list-multipart-uploads';
import { listObjects } from './list-objects';
import { respond } from './respond';
import { ossIsoTime } from '../oss-time';

const ownerXml = `<Owner>${el('ID', OWNER.id)}${el('DisplayName', OWNER.displayName)}</Owner>`;
const iso = ossIsoTime;

function xml(c: Context<AppEnv>, body: string): Response {
  return respond(c, `${XML_DECLARATION}${body}\n`, 200, { 'Content-Type': 'application/xml' });
}

function listCname(c: Context<AppEnv>, rt: OssLocalRuntime): Response {
  const { config } = bucketOf(c, rt);
  authorize(c.get('principal'), {
    // RAM names the action oss:ListCname; oss:GetBucketCname is accepted as an alias
    actions: ['oss:ListCname', 'oss:GetBucketCname'],
    bucket: config.name,
    key: undefined,
    grantedByAcl: false,
    region: rt.options.region,
  });
  const domains = Object.entries(rt.options.cnames).filter(([, bucket]) => bucket === config.name);
  const cnames = domains
    .map(
      ([domain]) =>
        `<Cname>${els([
          ['Domain', domain],
          ['LastModified', iso(config.creationDate)],
          ['Status', 'Enabled'],
        ])}</Cname>`,
    )
    .join('');
  return xml(
    c,
    `<ListCnameResult>${el('Bucket', config.name)}${el('Owner', OWNER.id)}${cnames}</ListCnameResult>`,
  );
}

function getBucketInfo(c: Context<AppEnv>, rt: OssLocalRuntime): Response {
  const { config } = bucketOf(c, rt);
  const { region, endpoint } = rt.options;
  authorize(c.get('principal'), {
    actions: ['oss:GetBucketInfo'],
    bucket: config.name,
    key: undefined,
    grantedByAcl: false,
    region,
  });
  const fields = els([
    ['AccessMonitor', 'Disabled'],
    ['CreationDate', iso(config.creationDate)],
    ['ExtranetEndpoint', endpoint],
    ['IntranetEndpoint', endpoint],
    ['Location', `oss-${region}`],
    ['StorageClass', 'Standard'],
    ['TransferAcceleration', 'Enabled'],
    ['CrossRegionReplication', 'Disabled'],
    ['Name', config.name],
  ]);
  return xml(
    c,
    `<BucketInfo><Bucket>${fields}${ownerXml}<AccessControlList>${el('Grant', config.acl)}</AccessControlList></Bucket></BucketInfo>`,
  );
}

export function bucketRoutes(rt: OssLocalRuntime): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.on(['GET', 'HEAD'], '/', (c) => {
    const names = operationSubResources(c.get('query'));
    if (names.length === 0) return listObjects(c, rt);
    if (c.req.method === 'GET' && namesAre(names, 'cname')) return listCname(c, rt);
    if (c.req.method === 'GET' && namesAre(names, 'bucketInfo')) return getBucketInfo(c, rt);
    if (c.req.method === 'GET' && namesAre(names, 'uploads')) return listMultipartUploads(c, rt);
    throw ossErrors.notImplemented(`${c.req.method} on a bucket ?${names.join('&')}`);
  });
  app.on(['PUT', 'POST', 'DELETE'], '/', (c) => {
    const names = operationSubResources(c.get('query'));
    throw ossErrors.notImplemented(
      `${c.req.method} on a bucket${names.length === 0 ? '' : ` ?${names.join('&')}`}`,
    );
  });
  return app;
}
