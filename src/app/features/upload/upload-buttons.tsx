// The Browse toolbar's upload entries: "Upload" (direct, with the console's credentials; disabled with the
// reason when the broker grants read-only credentials) and "Upload link" (a signed PUT URL for someone else).
import { CloudUploadOutlined, LinkOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { OssClient } from '../../../oss/oss-client';
import type { UploadItem } from '../../../upload/upload-queue';
import type { BucketConnection } from '../../connection/bucket-connection';
import { UploadDrawer } from './upload-drawer';
import { UploadLinkDrawer } from './upload-link-drawer';
import { uploadPermission } from './upload-permission';
import { useUploadQueue, useUploadSnapshot } from './use-upload-queue';

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
  const queue = useUploadQueue(bucket, client, secure);
  const { totals } = useUploadSnapshot(queue);
  const allowed = uploadPermission(bucket, prefix) !== 'denied';
  const upload = (
    <Badge count={totals.active} size="small">
      <Button
        icon={<CloudUploadOutlined aria-hidden />}
        disabled={!allowed}
        onClick={() => setOpen('upload')}
        aria-describedby={allowed ? undefined : 'upload-not-allowed'}
      >
        {t('upload.button')}
      </Button>
    </Badge>
  );
  return (
    <>
      {allowed ? (
        upload
      ) : (
        <Tooltip title={t('upload.notAllowed', { bucket: bucket.name })}>
          <span>
            {upload}
            <span id="upload-not-allowed" hidden>
              {t('upload.notAllowed', { bucket: bucket.name })}
            </span>
          </span>
        </Tooltip>
      )}
      <Button icon={<LinkOutlined aria-hidden />} onClick={() => setOpen('link')}>
        {t('upload.link.button')}
      </Button>
      <UploadDrawer
        bucket={bucket.name}
        prefix={prefix}
        queue={queue}
        open={open === 'upload'}
        onClose={() => setOpen(undefined)}
        onShare={onShare}
      />
      {open === 'link' && (
        <UploadLinkDrawer bucket={bucket} prefix={prefix} open onClose={() => setOpen(undefined)} />
      )}
    </>
  );
}
