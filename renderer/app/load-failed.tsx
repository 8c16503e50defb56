import { Logo } from './logo';

/** Shown when Factdesk cannot even ask the backend what is open: the reason and a way to try again. */
export function LoadFailed({ message, onRetry }: { readonly message: string; readonly onRetry: () => void }) {
  return (
    <main className="load-failed">
      <Logo size={40} />
      <h1>Factdesk could not start</h1>
      <p role="alert">{message}</p>
      <button type="button" className="button-primary" onClick={onRetry}>
        Try again
      </button>
    </main>
  );
}
