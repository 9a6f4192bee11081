import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import type { Route } from './routes';
import { buildPath } from './routes';
import { navigate } from './use-route';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: Route };

/** An in-app link: a real <a href> (middle-click, copy link work) that navigates without reloading. */
export function Link({ to, onClick, ...rest }: Props) {
  const href = buildPath(to);
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a {...rest} href={href} onClick={handle} />;
}
