/** Small line icons for the header's actions when the window is narrow (their words stay for screen readers). */
const common = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
  className: 'wb-action-icon',
} as const;

export function SourcesIcon() {
  return (
    <svg {...common}>
      <path d="M2.5 3.5h4a1.5 1.5 0 0 1 1.5 1.5v8a1.5 1.5 0 0 0-1.5-1.5h-4z" />
      <path d="M13.5 3.5h-4A1.5 1.5 0 0 0 8 5v8a1.5 1.5 0 0 1 1.5-1.5h4z" />
    </svg>
  );
}

export function ExportIcon() {
  return (
    <svg {...common}>
      <path d="M8 2.5v7M5 6.5l3 3 3-3" />
      <path d="M2.5 10.5v2a1 1 0 0 0 1 1h9a1 1 0 0 0 1-1v-2" />
    </svg>
  );
}

export function BackupsIcon() {
  return (
    <svg {...common}>
      <path d="M2.8 8a5.2 5.2 0 1 0 1.6-3.8" />
      <path d="M2.5 2.5v2.5H5" />
      <path d="M8 5.2V8l2 1.5" />
    </svg>
  );
}

export function CloseProjectIcon() {
  return (
    <svg {...common}>
      <path d="M9.5 2.5h-5a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1h5" />
      <path d="M7 8h6.5M11 5.5 13.5 8 11 10.5" />
    </svg>
  );
}

export function DocumentsIcon() {
  return (
    <svg {...common}>
      <path d="M4 2.5h5l3 3v8H4z" />
      <path d="M9 2.5v3h3M6 8.5h4M6 11h4" />
    </svg>
  );
}
