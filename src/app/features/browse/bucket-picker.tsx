import type { ProviderKind } from '../../../core/provider/link-provider';
import { useT } from '../../../i18n/use-t';
import { NativeSelect } from '../../layout/native-select';
import { navigate } from '../../routing/use-route';

export interface PickableBucket {
  name: string;
  provider: ProviderKind;
}

/**
 * Shown when the broker offers several buckets; choosing one opens its root. Each option names the
 * bucket's cloud (one console for OSS and COS buckets).
 */
export function BucketPicker({ bucket, buckets }: { bucket: string; buckets: readonly PickableBucket[] }) {
  const t = useT();
  const known = buckets.some((b) => b.name === bucket);
  if (buckets.length + (known ? 0 : 1) < 2) return null;
  const options = buckets.map((b) => ({
    value: b.name,
    label: t('browse.bucketOption', { bucket: b.name, cloud: t(`browse.cloud.${b.provider}`) }),
  }));
  return (
    <NativeSelect
      aria-label={t('browse.bucket')}
      value={bucket}
      onChange={(name) => navigate({ name: 'browse', bucket: name, prefix: '', search: '' })}
      options={known ? options : [{ value: bucket, label: bucket }, ...options]}
      style={{ minWidth: 200 }}
    />
  );
}
