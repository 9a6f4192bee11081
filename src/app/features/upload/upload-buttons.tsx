// The Browse toolbar's upload entries: "Upload" (direct, with the console's credentials; disabled with the
// reason when the broker grants read-only credentials) and "Upload link" (a signed PUT URL for someone else).
import { CloudUploadOutlined, LinkOutlined } from '@ant-design/icons';
import { Suspense, useState } from 'react';
import { lazyWithAntd } from '../../layout/lazy-with-antd';
import { useT } from '../../../i18n/use-t';
import type { OssClient } from '../../../oss/oss-client';
import type { UploadItem } from '../../../upload/upload-queue';
import type { BucketConnection } from '../../connection/bucket-connection';
import { uploadPermission } from './upload-permission';
import { useUploadQueue, useUploadSnapshot } from './use-upload-queue';
import { Button, CountBadge, Hint } from '../../layout/controls';

// the drawers (forms, snippets, the upload list) load when first opened, not with the browse page
const UploadDrawer = lazyWithAntd(() => import('./upload-drawer').then((m) => m.UploadDrawer));
const UploadLinkDrawer = lazyWithAntd(() => import('./upload-link-drawer').then((m) => m.UploadLinkDrawer));

export function UploadButtons({
  bucket,
  client,
  secure,
  prefix,
  onShare,
}: {
  bucket: BucketConnection;
  client: OssClient;
  secure: boolean;
  prefix: string;
  onShare(item: UploadItem): void;
}) {
  const t = useT();
  const [open, setOpen] = useState<'upload' | 'link' | undefined>();
  // kept mounted once opened: closing the drawer does not stop uploads or lose its list
  const [uploadOpened, setUploadOpened] = useState(false);
  const queue = useUploadQueue(bucket, client, secure);
  const { totals } = useUploadSnapshot(queue);
  const allowed = uploadPermission(bucket, prefix) !== 'denied';
  const button = (
    <Button
      icon={<CloudUploadOutlined aria-hidden />}
      disabled={!allowed}
      onClick={() => {
        setUploadOpened(true);
        setOpen('upload');
      }}
    >
      {t('upload.button')}
    </Button>
  );
  return (
    <>
      <CountBadge count={totals.active}>
        {/* a disabled button says why, on hover and to a screen reader */}
        <Hint text={allowed ? undefined : t('upload.notAllowed', { bucket: bucket.name })}>{button}</Hint>
      </CountBadge>
      <Button icon={<LinkOutlined aria-hidden />} onClick={() => setOpen('link')}>
        {t('upload.link.button')}
      </Button>
      <Suspense fallback={null}>
        {uploadOpened && (
          <UploadDrawer
            bucket={bucket.name}
            prefix={prefix}
            queue={queue}
            open={open === 'upload'}
            onClose={() => setOpen(undefined)}
            onShare={onShare}
          />
        )}
        {open === 'link' && (
          <UploadLinkDrawer bucket={bucket} prefix={prefix} open onClose={() => setOpen(undefined)} />
        )}
      </Suspense>
    </>
  );
}
