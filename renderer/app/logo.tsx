/** The Factdesk mark: an F with a check, drawn inline so that it needs no network and no file. */
export function Logo({ size = 32 }: { readonly size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" className="logo-back" />
      <path d="M9 8h14v3H12.5v3.5H21v3h-8.5V24H9z" className="logo-letter" />
      <path
        d="M19 21.5l2.2 2.2L26 19"
        className="logo-check"
        fill="none"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
