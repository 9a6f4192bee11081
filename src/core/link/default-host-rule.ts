// What each cloud does to objects served from its own hosts (not from a custom domain), as documented:
// - OSS (its documentation on previewing objects): on the default and accelerate hosts, images and web pages are served as downloads whatever the
//   link asks, and .apk/.ipa are refused (ApkDownloadForbidden).
// - COS (https://cloud.tencent.com/document/product/436/57456): for buckets created after 1 January 2024,
//   on the default, static-website and acceleration hosts, no file is previewed (COS adds
//   `Content-Disposition: attachment` and `x-cos-force-download: true`), and .apk/.ipa are refused
//   (DownloadForbidden). The console does not know a bucket's creation date: the counts say what a new
//   bucket does, and the text says so.
import type { HostKind } from '../endpoint/resolve-object-origin';
import type { ProviderKind } from '../provider/link-provider';
import { isAppPackage, isForcedDownloadType } from './content-kind';

export interface DefaultHostEffect {
  /** an inline link that the cloud serves as a download */
  forced: boolean;
  /** the cloud refuses to serve it on this host */
  refused: boolean;
}

const NONE: DefaultHostEffect = { forced: false, refused: false };

/** The rule for links of one host kind and disposition: per key (and its Content-Type), what happens. */
export function defaultHostRule(
  cloud: ProviderKind,
  hostKind: HostKind,
  disposition: 'inline' | 'attachment',
): (key: string, contentType: string) => DefaultHostEffect {
  if (hostKind !== 'default' && hostKind !== 'accelerate') return () => NONE;
  const inline = disposition === 'inline';
  return (key, contentType) => {
    if (isAppPackage(key)) return { forced: false, refused: true };
    const forced = inline && (cloud === 'cos' || isForcedDownloadType(contentType));
    return forced ? { forced, refused: false } : NONE;
  };
}
