// Plain text and headings in antd's type scale (app.css), for the first-load screens: antd's Typography
// (ellipsis, copyable, editable) weighs more than everything the browse page says with it.
import type { HTMLAttributes } from 'react';

type TextProps = HTMLAttributes<HTMLSpanElement> & { tone?: 'secondary' | 'danger'; strong?: boolean };

export function Text({ tone, strong, className, ...rest }: TextProps) {
  const classes = [tone && `text-${tone}`, strong && 'text-strong', className].filter(Boolean);
  return <span {...rest} className={classes.join(' ') || undefined} />;
}

type HeadingProps = HTMLAttributes<HTMLHeadingElement> & { level: 1 | 2 | 3 };

export function Heading({ level, className, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...rest} className={['heading', `heading-${level}`, className].filter(Boolean).join(' ')} />;
}

export function Paragraph({ className, ...rest }: HTMLAttributes<HTMLParagraphElement>) {
  return <p {...rest} className={['paragraph', className].filter(Boolean).join(' ')} />;
}
