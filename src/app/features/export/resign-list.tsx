// The "Re-sign a list" tab: load a previous export or paste signed URLs or keys, then see what will be
// signed and which lines are skipped, by line number (a line itself is never shown: it may be a whole
// signed URL). Reading is core/url-list/parse-url-list's; this only shows it.
import { Alert, Button, Input, Space, Typography, Upload } from 'antd';
import type { ListProblem, ParsedUrlList } from '../../../export/key-list';
import type { Translate } from '../../../i18n/use-t';
import { useT } from '../../../i18n/use-t';

/** problems listed one by one; the rest are counted */
const SHOWN_PROBLEMS = 12;

const WHY_KEY = {
  KEY_EMPTY: 'export.resign.key.empty',
  KEY_LEADING_SLASH: 'export.resign.key.leadingSlash',
  KEY_TOO_LONG: 'export.resign.key.tooLong',
  KEY_INVALID_UNICODE: 'export.resign.key.unicode',
} as const;

function problemText(t: Translate, p: ListProblem, bucket: string): string {
  switch (p.problem) {
    case 'unreadable':
      return t('export.resign.problem.unreadable', { line: p.line });
    case 'other-bucket':
      return t('export.resign.problem.other-bucket', { line: p.line, bucket: p.bucket, expected: bucket });
    case 'foreign-host':
      return t('export.resign.problem.foreign-host', { line: p.line, host: p.host, expected: bucket });
    case 'bad-key': {
      const why = WHY_KEY[p.code as keyof typeof WHY_KEY];
      return t('export.resign.problem.bad-key', { line: p.line, why: why ? t(why) : p.code });
    }
  }
}

export interface ResignListProps {
  bucket: string;
  pasted: string;
  parsed: ParsedUrlList;
  disabled: boolean;
  onPasted(text: string): void;
  onFile(text: string): void;
}

export function ResignList({ bucket, pasted, parsed, disabled, onPasted, onFile }: ResignListProps) {
  const t = useT();
  const extra = [
    parsed.repeats > 0 ? t('export.resign.repeats', { count: parsed.repeats }) : undefined,
    parsed.folders > 0 ? t('export.resign.folders', { count: parsed.folders }) : undefined,
  ].filter((s): s is string => s !== undefined);
  const problems = parsed.problems;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Upload
        accept=".csv,.txt,.jsonl,.ndjson,text/csv,text/plain,application/x-ndjson"
        maxCount={1}
        disabled={disabled}
        beforeUpload={async (f: File) => {
          onFile(await f.text());
          return false;
        }}
      >
        <Button disabled={disabled}>{t('export.resign.file')}</Button>
      </Upload>
      <Input.TextArea
        aria-label={t('export.resign.paste')}
        placeholder={t('export.resign.paste')}
        rows={4}
        value={pasted}
        disabled={disabled}
        onChange={(e) => onPasted(e.target.value)}
      />
      <Typography.Text type="secondary" data-testid="resign-count">
        {[t('export.resign.count', { count: parsed.keys.length }), ...extra].join(' · ')}
      </Typography.Text>
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="resign-problems"
          title={t('export.resign.skipped', { count: problems.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                <li key={p.line}>{problemText(t, p, bucket)}</li>
              ))}
              {problems.length > SHOWN_PROBLEMS && (
                <li>{t('export.resign.more', { count: problems.length - SHOWN_PROBLEMS })}</li>
              )}
            </ul>
          }
        />
      )}
    </Space>
  );
}
