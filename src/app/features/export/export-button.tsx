// The Browse toolbar's "Export URL list" button: opens the export dialog for the current place.
import { Suspense, useState } from 'react';
import { lazyWithAntd } from '../../layout/lazy-with-antd';
import type { ObjectEntry } from '../../../core/listing/parse-list-objects';
import { useT } from '../../../i18n/use-t';
import type { OssClient } from '../../../oss/oss-client';
import type { BucketConnection } from '../../connection/bucket-connection';
import { Button } from '../../layout/controls';
// the dialog (forms, the pipeline, workers) loads when first opened, not with the browse page
const ExportDialog = lazyWithAntd(() => import('./export-dialog').then((m) => m.ExportDialog));

export interface ExportButtonProps {
  bucket: BucketConnection;
  client: OssClient;
  prefix: string;
  search: string;
  selection?: { keys: string[]; prefixes: string[]; entries?: ObjectEntry[] } | undefined;
}

export function ExportButton({ bucket, client, prefix, search, selection }: ExportButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('export.button')}</Button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog
            bucket={bucket}
            client={client}
            prefix={prefix}
            search={search}
            selection={selection}
            open={open}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
