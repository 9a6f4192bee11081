import { Typography } from 'antd';

/** Placeholder until the Browse page lands. */
export function BrowsePage({ bucket, prefix }: { bucket: string; prefix: string; search: string }) {
  return (
    <Typography.Title level={2}>
      {bucket}/{prefix}
    </Typography.Title>
  );
}
