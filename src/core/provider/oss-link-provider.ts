// OSS behind the provider seam: the link options as an OSS presign template (V1 or V4), each key's own
// attachment name compiled once (per-key splice).
import { linkTemplateFor, perKeyParamsFor } from '../link/link-options';
import { compilePresign } from '../presign/presign-url';
import type { Presigner } from '../presign/presigner';
import type { LinkProvider } from './link-provider';

// The template's key only feeds the file name, which is per key when it varies.
const TEMPLATE_KEY = 'k';

export function ossLinkProvider(presigner: Presigner): LinkProvider {
  return {
    kind: 'oss',
    async compileLinks(c, r) {
      const template = linkTemplateFor(r.bucket, TEMPLATE_KEY, r.options, r.endpoint);
      const session = await presigner.session(
        { accessKeyId: c.id, accessKeySecret: c.secret, securityToken: c.token },
        { now: r.now, region: r.endpoint.region },
      );
      const sign = compilePresign(session, template, perKeyParamsFor(r.options));
      return (key) => {
        const { url, expiresAt } = sign(key);
        return { url, expiresAt };
      };
    },
  };
}
