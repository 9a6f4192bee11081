// "Re-sign a list": what an operator brings back — a previous export (CSV, plain text, JSON Lines),
// pasted signed URLs or keys — read for one bucket. A URL belongs to the bucket when its host is the
// bucket's default or accelerate host (these endpoint settings) or one of its custom domains.
import { bucketHostsFor } from '../core/endpoint/bucket-hosts';
import type { EndpointSettings } from '../core/endpoint/resolve-object-origin';
import type { ProviderKind } from '../core/provider/link-provider';
import { parseUrlList, type ParsedUrlList } from '../core/url-list/parse-url-list';

export type { ListProblem, ParsedUrlList } from '../core/url-list/parse-url-list';

export interface ResignBucket {
  /** the bucket's cloud, whose host names a link may carry (default OSS) */
  cloud?: ProviderKind | undefined;
  name: string;
  endpoint: EndpointSettings;
  /** from Settings and the bucket's CNAME list */
  customDomains: readonly string[];
}

export function readResignList(text: string, bucket: ResignBucket): ParsedUrlList {
  return parseUrlList(text, bucketHostsFor(bucket.name, bucket.endpoint, bucket.customDomains, bucket.cloud));
}
