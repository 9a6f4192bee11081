// Object-level requests (`/<key>` on a bucket host), dispatched on method and sub-resource like OSS:
//   GET/HEAD            GetObject / HeadObject       GET ?uploadId            ListParts
//   PUT                 PutObject                    PUT ?partNumber&uploadId UploadPart
//   POST ?uploads       InitiateMultipartUpload      POST ?uploadId           CompleteMultipartUpload
//   DELETE              DeleteObject                 DELETE ?uploadId         AbortMultipartUpload
// Any other sub-resource (acl, tagging, symlink, append, objectMeta, restore, x-oss-process, versionId…)
// and the copy operations (x-oss-copy-source) answer 501 NotImplemented: OSS would run another operation,
// so serving a plain read or write would be wrong (PUT ?acl must never overwrite the object).
import { Hono, type Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { ossErrors } from '../errors';
import { namesAre, operationSubResources } from '../sub-resources';
import { abortMultipartUpload } from './abort-multipart-upload';
import { keyOf } from './bucket-context';
import { completeMultipartUpload } from './complete-multipart-upload';
import { deleteObject } from './delete-object';
import { getObject } from './get-object';
import { initiateMultipartUpload } from './initiate-multipart-upload';
import { listParts } from './list-parts';
import { putObject } from './put-object';
import { uploadPart } from './upload-part';

const COPY_SOURCE = 'x-oss-copy-source';

function notImplemented(c: Context<AppEnv>, subResources: readonly string[]): never {
  const what = subResources.length === 0 ? '' : ` ?${subResources.join('&')}`;
  throw ossErrors.notImplemented(`${c.req.method} on an object${what}`);
}

export function objectRoutes(rt: OssLocalRuntime): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ops = (c: Context<AppEnv>): string[] => operationSubResources(c.get('query'));
  app.on(['GET', 'HEAD'], '/*', (c) => {
    const names = ops(c);
    if (names.length === 0) return getObject(c, rt, keyOf(c));
    if (namesAre(names, 'uploadId')) return listParts(c, rt, keyOf(c));
    return notImplemented(c, names);
  });
  app.put('/*', (c) => {
    const names = ops(c);
    if (c.req.header(COPY_SOURCE) !== undefined)
      throw ossErrors.notImplemented(
        names.length === 0 ? 'CopyObject (x-oss-copy-source)' : 'UploadPartCopy (x-oss-copy-source)',
      );
    if (names.length === 0) return putObject(c, rt, keyOf(c));
    if (names.every((n) => n === 'uploadId' || n === 'partNumber')) return uploadPart(c, rt, keyOf(c));
    return notImplemented(c, names);
  });
  app.post('/*', (c) => {
    const names = ops(c);
    if (namesAre(names, 'uploads')) return initiateMultipartUpload(c, rt, keyOf(c));
    if (namesAre(names, 'uploadId')) return completeMultipartUpload(c, rt, keyOf(c));
    return notImplemented(c, names);
  });
  app.delete('/*', (c) => {
    const names = ops(c);
    if (names.length === 0) return deleteObject(c, rt, keyOf(c));
    if (namesAre(names, 'uploadId')) return abortMultipartUpload(c, rt, keyOf(c));
    return notImplemented(c, names);
  });
  app.all('/*', (c) => {
    throw ossErrors.methodNotAllowed(c.req.method);
  });
  return app;
}
