/** Errors that belong to no single field (e.g. a whole-input problem), announced as an alert. */
export function GeneralErrors({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="calc-field__error" role="alert">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}
