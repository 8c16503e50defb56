import { useNotices } from './notices-context';
import '../styles/notices.css';

/** One notice with its icon and a Dismiss button; errors are alerts. */
function NoticeItem(props: {
  readonly kind: 'info' | 'error';
  readonly message: string;
  readonly onDismiss: () => void;
}) {
  return (
    <div className={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : undefined}>
      <span className="notice-icon" aria-hidden="true">
        {props.kind === 'error' ? '!' : '✓'}
      </span>
      <p className="notice-text">{props.message}</p>
      <button type="button" className="button-quiet notice-close" onClick={props.onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** The alerts and confirmations, stacked calmly at the bottom of the window; each can be dismissed. */
export function NoticesRegion() {
  const { notices, dismiss } = useNotices();
  const list = (kind: 'info' | 'error') =>
    notices
      .filter((notice) => notice.kind === kind)
      .map((notice) => (
        <NoticeItem
          key={notice.id}
          kind={kind}
          message={notice.message}
          onDismiss={() => dismiss(notice.id)}
        />
      ));
  return (
    <div className="notices">
      <div className="notices-list" role="status" aria-live="polite">
        {list('info')}
      </div>
      <div className="notices-list">{list('error')}</div>
    </div>
  );
}
