import { useEffect, useState } from 'react';
import { AboutDialog } from './about-dialog';

/** The address fragment Help › About Factdesk (desktop menu) navigates the window to. */
export const ABOUT_FRAGMENT = '#about';

/**
 * The "About Factdesk" button (a compact circled "i" in the workbench header) and its dialog.
 * The desktop menu has no channel into the page, so its About item navigates the window to
 * `#about` (same page, no reload): the dialog opens on that fragment, which is then taken out of
 * the address so that the next request changes it again.
 */
export function AboutButton({ compact = false }: { readonly compact?: boolean }) {
  const [open, setOpen] = useState(() => window.location.hash === ABOUT_FRAGMENT);

  useEffect(() => {
    const follow = () => {
      if (window.location.hash !== ABOUT_FRAGMENT) return;
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
      setOpen(true);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  return (
    <>
      {compact ? (
        <button
          type="button"
          className="button-quiet button-icon"
          aria-label="About Factdesk"
          title="About Factdesk: version and licences"
          onClick={() => setOpen(true)}
        >
          <span className="about-icon" aria-hidden="true">
            i
          </span>
        </button>
      ) : (
        <button type="button" className="about-inline" onClick={() => setOpen(true)}>
          About Factdesk
        </button>
      )}
      {open && <AboutDialog onClose={() => setOpen(false)} />}
    </>
  );
}
