import type { ReactNode } from 'react';

/**
 * A 16 px line icon in the text's colour, for a control that shows an icon where its words do not fit
 * (the header's actions, the draft's tools): hidden from screen readers, which read the words.
 */
export function LineIcon({
  className,
  children,
}: {
  readonly className: string;
  readonly children: ReactNode;
}) {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable={false}
      className={className}
    >
      {children}
    </svg>
  );
}
