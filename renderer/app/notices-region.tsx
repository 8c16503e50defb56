import { useNotices } from './notices-context';
import '../styles/notices.css';

/** The alerts and confirmations, stacked calmly at the bottom of the window; each can be dismissed. */
export function NoticesRegion() {
  const { notices, dismiss } = useNotices();
  return (
    <div className="notices">
      <div className="notices-list" role="status" aria-live="polite">
        {notices
          .filter((notice) => notice.kind === 'info')
          .map((notice) => (
            <div key={notice.id} className="notice notice-info">
              <span className="notice-icon" aria-hidden="true">
                ✓
              </span>
              <p className="notice-text">{notice.message}</p>
              <button type="button" className="button-quiet notice-close" onClick={() => dismiss(notice.id)}>
                Dismiss
              </button>
            </div>
          ))}
      </div>
      <div className="notices-list">
        {notices
          .filter((notice) => notice.kind === 'error')
          .map((notice) => (
            <div key={notice.id} className="notice notice-error" role="alert">
              <span className="notice-icon" aria-hidden="true">
                !
              </span>
              <p className="notice-text">{notice.message}</p>
              <button type="button" className="button-quiet notice-close" onClick={() => dismiss(notice.id)}>
                Dismiss
              </button>
            </div>
          ))}
      </div>
    </div>
  );
}
