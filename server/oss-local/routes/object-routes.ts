// Object-level requests (`/<key>` on a bucket host), dispatched on method and sub-resource like OSS:
//   GET/HEAD            GetObject / HeadObject       GET ?uploadId           ListParts
//   PUT                 PutObject                    PUT ?partNumber&uploadId UploadPart
//   POST ?uploads       InitiateMultipartUpload      POST ?uploadId          CompleteMultipartUpload
//   DELETE              DeleteObject                 DELETE ?uploadId        AbortMultipartUpload
import { Hono, type Context } from 'hono';
import type { AppEnv, OssLocalRuntime } from '../app-env';
import { ossErrors } from '../errors';
import { queryHas } from '../raw-request';
import { abortMultipartUpload } from './abort-multipart-upload';
import { keyOf } from './bucket-context';
import { completeMultipartUpload } from './complete-multipart-upload';
import { deleteObject } from './delete-object';
import { getObject } from './get-object';
import { initiateMultipartUpload } from './initiate-multipart-upload';
import { listParts } from './list-parts';
import { putObject } from './put-object';
import { uploadPart } from './upload-part';

export function objectRoutes(rt: OssLocalRuntime): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const has = (c: Context<AppEnv>, name: string): boolean => queryHas(c.get('query'), name);
  app.on(['GET', 'HEAD'], '/*', (c) =>
    has(c, 'uploadId') ? listParts(c, rt, keyOf(c)) : getObject(c, rt, keyOf(c)),
  );
  app.put('/*', (c) =>
    has(c, 'uploadId') || has(c, 'partNumber') ? uploadPart(c, rt, keyOf(c)) : putObject(c, rt, keyOf(c)),
  );
  app.post('/*', (c) => {
    if (has(c, 'uploads')) return initiateMultipartUpload(c, rt, keyOf(c));
    if (has(c, 'uploadId')) return completeMultipartUpload(c, rt, keyOf(c));
    throw ossErrors.notImplemented(
      'POST on an object without ?uploads or ?uploadId (AppendObject, PostObject…)',
    );
  });
  app.delete('/*', (c) =>
    has(c, 'uploadId') ? abortMultipartUpload(c, rt, keyOf(c)) : deleteObject(c, rt, keyOf(c)),
  );
  app.all('/*', (c) => {
    throw ossErrors.methodNotAllowed(c.req.method);
  });
  return app;
}
