/** Why the last attempt failed, in one sentence, announced at once; nothing when it did not fail. */
export function FormFailure({ message }: { readonly message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="form-failure" role="alert">
      {message}
    </p>
  );
}
