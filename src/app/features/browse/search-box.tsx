// Server-side prefix search inside the folder. The text goes into the route (?q=) after a pause in
// typing, replacing the history entry, so reload keeps it and Back leaves the folder, not each keystroke.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { navigate } from '../../routing/use-route';
import { SearchInput } from '../../layout/controls';

const DEBOUNCE_MS = 300;

export function SearchBox({ bucket, prefix, search }: { bucket: string; prefix: string; search: string }) {
  const t = useT();
  const [text, setText] = useState(search);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The route changed from elsewhere (Back, a breadcrumb): show what it says.
  useEffect(() => setText(search), [search]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const changed = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () => navigate({ name: 'browse', bucket, prefix, search: value }, { replace: true }),
      DEBOUNCE_MS,
    );
  };
  return (
    <SearchInput
      aria-label={t('browse.search')}
      placeholder={t('browse.searchPlaceholder')}
      value={text}
      onChange={(e) => changed(e.target.value)}
    />
  );
}
