import { LineIcon } from '../lib/line-icon';

// Line icons for the draft's tool buttons when its pane is narrow (draft.css): the button's words
// stay for screen readers and in its tooltip, as the header's actions do below 1600 px.

/** Load new version…: a page with an arrow coming up into it. */
export function NewVersionIcon() {
  return (
    <LineIcon className="draft-tool-icon">
      <path d="M9 2.5H4v11h8V5.5z" />
      <path d="M9 2.5v3h3M8 12V8.2M6.3 9.8 8 8.1l1.7 1.7" />
    </LineIcon>
  );
}

/** Compare versions…: two pages side by side. */
export function CompareVersionsIcon() {
  return (
    <LineIcon className="draft-tool-icon">
      <path d="M2.5 3.5h4.5v9H2.5zM9 3.5h4.5v9H9z" />
      <path d="M4 6.5h1.5M10.5 6.5h1.5M10.5 9h1.5" />
    </LineIcon>
  );
}

/** Re-find claims: going round again. */
export function RefindIcon() {
  return (
    <LineIcon className="draft-tool-icon">
      <path d="M13 8a5 5 0 1 1-1.6-3.7" />
      <path d="M12.5 2v2.8H9.7" />
    </LineIcon>
  );
}
