// Bucket-level requests (`/` on a bucket host): ListObjects V1/V2, ListCname (?cname), GetBucketInfo
// (?bucketInfo) and ListMultipartUploads (?uploads). Other sub-resources (acl, cors, ...) exist in OSS but not here: 501.
import { Hono, type Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { authorize } from '../auth/authorize';
import { OWNER, V1_SIGNED_SUBRESOURCES } from '../constants';
import { ossErrors } from '../errors';
import { queryHas } from '../raw-request';
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

/** Sub-resources that select another bucket operation (not auth or listing parameters). */
function isBucketOperation(name: string): boolean {
  if (name === 'continuation-token' || name === 'security-token') return false;
  if (name.startsWith('x-oss-') || name.startsWith('response-')) return false;
  return V1_SIGNED_SUBRESOURCES.has(name);
}

export function bucketRoutes(rt: OssLocalRuntime): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.on(['GET', 'HEAD'], '/', (c) => {
    const query = c.get('query');
    if (queryHas(query, 'cname')) return listCname(c, rt);
    if (queryHas(query, 'bucketInfo')) return getBucketInfo(c, rt);
    if (queryHas(query, 'uploads')) return listMultipartUploads(c, rt);
    const unsupported = query.find(([k]) => isBucketOperation(k));
    if (unsupported !== undefined) throw ossErrors.notImplemented(`the ?${unsupported[0]} sub-resource`);
    return listObjects(c, rt);
  });
  app.on(['PUT', 'POST', 'DELETE'], '/', (c) => {
    throw ossErrors.notImplemented(`${c.req.method} on a bucket`);
  });
  return app;
}
