import { LineIcon } from '../lib/line-icon';

// Small line icons for the header's actions when the window is narrow (their words stay for screen readers).

export function SourcesIcon() {
  return (
    <LineIcon className="wb-action-icon">
      <path d="M2.5 3.5h4a1.5 1.5 0 0 1 1.5 1.5v8a1.5 1.5 0 0 0-1.5-1.5h-4z" />
      <path d="M13.5 3.5h-4A1.5 1.5 0 0 0 8 5v8a1.5 1.5 0 0 1 1.5-1.5h4z" />
    </LineIcon>
  );
}

export function ExportIcon() {
  return (
    <LineIcon className="wb-action-icon">
      <path d="M8 2.5v7M5 6.5l3 3 3-3" />
      <path d="M2.5 10.5v2a1 1 0 0 0 1 1h9a1 1 0 0 0 1-1v-2" />
    </LineIcon>
  );
}

export function BackupsIcon() {
  return (
    <LineIcon className="wb-action-icon">
      <path d="M2.8 8a5.2 5.2 0 1 0 1.6-3.8" />
      <path d="M2.5 2.5v2.5H5" />
      <path d="M8 5.2V8l2 1.5" />
    </LineIcon>
  );
}

export function CloseProjectIcon() {
  return (
    <LineIcon className="wb-action-icon">
      <path d="M9.5 2.5h-5a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1h5" />
      <path d="M7 8h6.5M11 5.5 13.5 8 11 10.5" />
    </LineIcon>
  );
}

export function DocumentsIcon() {
  return (
    <LineIcon className="wb-action-icon">
      <path d="M4 2.5h5l3 3v8H4z" />
      <path d="M9 2.5v3h3M6 8.5h4M6 11h4" />
    </LineIcon>
  );
}
