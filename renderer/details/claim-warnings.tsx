/** The claim finder's consistency warnings, listed under the claim. */
export function ClaimWarnings({ warnings }: { readonly warnings: readonly string[] | undefined }) {
  if (!warnings || warnings.length === 0) return null;
  return (
    <div className="details-warnings">
      <h3 className="visually-hidden">Warnings</h3>
      <ul aria-label="Warnings">
        {warnings.map((warning) => (
          <li key={warning}>
            <span aria-hidden="true">⚠ </span>
            {warning}
          </li>
        ))}
      </ul>
    </div>
  );
}
