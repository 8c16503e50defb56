import type { ReactNode } from 'react';
import '../styles/filter-search.css';

interface FilterSearchProps {
  /** Where the box sits (its width and place), besides the look every filter box shares. */
  readonly className?: string;
  /** The `<input type="search" className="input filter-input">` itself. */
  readonly children: ReactNode;
}

/** A filter box with its magnifier inside: the claims filter and the sources library's look alike. */
export function FilterSearch({ className, children }: FilterSearchProps) {
  return (
    <div className={className ? `filter-box ${className}` : 'filter-box'}>
      <svg className="filter-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M10.5 10.5L14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      {children}
    </div>
  );
}
