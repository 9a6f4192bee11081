// @vitest-environment jsdom
// The filter form: what it reads, the strict messages, and the first page's match count before export.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListPage } from '../../../core/listing/parse-list-objects';
import type { ListPageOptions } from '../../../oss/list-all';
import { renderComponent } from '../../test/component-kit';
import { ExportFilters } from './export-filters';
import { EMPTY_FILTER_DRAFT, readFilterDraft, type FilterReading } from './filter-draft';

afterEach(cleanup);

const at = Date.UTC(2024, 5, 1);
const page: ListPage = {
  folders: [],
  objects: [
    { key: 'docs/a.pdf', size: 2048, lastModified: at, etag: 'e' },
    { key: 'docs/B.PDF', size: 4096, lastModified: at, etag: 'e' },
    { key: 'docs/draft-c.pdf', size: 2048, lastModified: at, etag: 'e' },
    { key: 'docs/sub/', size: 0, lastModified: at, etag: 'e' },
    { key: 'docs/sub/d.pdf', size: 10, lastModified: at, etag: 'e' },
    { key: 'docs/notes.txt', size: 2048, lastModified: at, etag: 'e' },
  ],
  isTruncated: true,
  nextContinuationToken: 'next',
  keyCount: 6,
};

function Harness({ calls, last }: { calls: ListPageOptions[]; last: { reading?: FilterReading } }) {
  const [draft, setDraft] = useState(EMPTY_FILTER_DRAFT);
  const reading = useMemo(() => readFilterDraft(draft), [draft]);
  last.reading = reading;
  const client = {
    origin: 'http://b.localhost',
    bucket: 'b',
    listPage: (o: ListPageOptions) => {
      calls.push(o);
      return Promise.resolve(page);
    },
  };
  return (
    <ExportFilters
      draft={draft}
      reading={reading}
      onChange={setDraft}
      prefix="docs/"
      listPrefix="docs/"
      client={client}
    />
  );
}

const type = (label: RegExp | string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('export filters form', () => {
  it('counts the first page before the export starts, as the filter reads it', async () => {
    const calls: ListPageOptions[] = [];
    const last: { reading?: FilterReading } = {};
    renderComponent(<Harness calls={calls} last={last} />);
    const preview = screen.getByTestId('filter-preview');
    // folder markers are not objects
    await waitFor(() =>
      expect(preview.textContent).toBe('First listed page: 5 of 5 objects match (more pages follow).'),
    );
    type(/^Include names/, '*.pdf\n');
    type(/^Exclude names/, 'draft-*');
    // case-sensitive unless ticked: B.PDF is out
    await waitFor(() => expect(preview.textContent).toContain('2 of 5'));
    fireEvent.click(screen.getByRole('checkbox', { name: /Ignore case/ }));
    await waitFor(() => expect(preview.textContent).toContain('3 of 5'));
    type('Size from', '1 KB');
    await waitFor(() => expect(preview.textContent).toContain('2 of 5'));
    expect(last.reading?.filter).toMatchObject({
      include: ['*.pdf'],
      exclude: ['draft-*'],
      caseSensitive: false,
      minSize: 1024,
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ prefix: 'docs/', maxKeys: 1000 });
  });

  it('this folder only lists one level (delimiter /)', async () => {
    const calls: ListPageOptions[] = [];
    renderComponent(<Harness calls={calls} last={{}} />);
    fireEvent.click(screen.getByRole('radio', { name: /This folder only/ }));
    await waitFor(() => expect(calls.some((c) => c.delimiter === '/')).toBe(true));
  });

  it('says what is wrong with a size or a date range, field by field', async () => {
    const last: { reading?: FilterReading } = {};
    renderComponent(<Harness calls={[]} last={last} />);
    type('Size from', '10 parsecs');
    expect(screen.getByRole('alert').textContent).toContain('“10 parsecs” is not a size');
    type('Size from', '2 MB');
    type('Size up to', '1 MB');
    expect(screen.getByText('The upper size is below the lower one.')).toBeTruthy();
    type('Modified from (your local time)', '2024-05-01T00:00');
    type('Modified before (your local time)', '2024-04-01T00:00');
    expect(screen.getByText('“Modified before” must be later than “Modified from”.')).toBeTruthy();
    expect(last.reading?.problems.map((p) => p.field)).toEqual(['maxSize', 'modifiedBefore']);
    expect(screen.getByTestId('filter-preview').textContent).toBe(
      'Fix the filters above to see how many objects match.',
    );
  });

  it('shows the UTC instant of a local date', async () => {
    renderComponent(<Harness calls={[]} last={{}} />);
    type('Modified from (your local time)', '2024-05-01T08:30');
    const utc = new Date(2024, 4, 1, 8, 30).toISOString().replace('.000Z', 'Z');
    expect(screen.getByText(`= ${utc} UTC`)).toBeTruthy();
  });
});
