/** Turning zod issues into reader-facing errors without echoing input text. */
import type { FieldError } from './result.ts';

interface IssueLike {
  code?: string;
  path?: readonly PropertyKey[];
  message?: string;
  expected?: unknown;
  values?: readonly unknown[];
}

export function pathToString(path: readonly PropertyKey[] | undefined): string {
  if (!path) return '';
  return path.map((part) => (typeof part === 'symbol' ? '?' : String(part))).join('.');
}

/** Human name of a path from the model's labels, else the last segment made readable. */
export function labelFor(path: string, labels: Readonly<Record<string, string>>): string {
  const exact = labels[path];
  if (exact) return exact;
  const generic = path.replace(/\.\d+(\.|$)/g, '.*$1');
  const fuzzy = labels[generic];
  if (fuzzy) return fuzzy;
  const last =
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? '';
  if (!last) return 'The input';
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Per-parse fallback error map: used only where a schema did not set its own message. Builds the
 * message from the issue code and the field's label; never from the input value.
 */
export function fallbackErrorMap(labels: Readonly<Record<string, string>>) {
  return (issue: IssueLike): string => {
    const label = labelFor(pathToString(issue.path), labels);
    switch (issue.code) {
      case 'invalid_type':
        if (issue.expected === 'object') return `${label} must be an object with its fields`;
        if (issue.expected === 'array') return `${label} must be a list`;
        if (issue.expected === 'boolean') return `${label} must be true or false`;
        if (issue.expected === 'string') return `${label} must be text`;
        if (issue.expected === 'number') return `${label} must be a number`;
        return `${label} is missing or has the wrong type`;
      case 'invalid_value':
        return `${label} must be one of: ${(issue.values ?? []).map(String).join(', ')}`;
      case 'too_small':
      case 'too_big':
        return `${label} is out of range`;
      case 'invalid_union':
        return `${label} does not match any allowed form`;
      case 'unrecognized_keys':
        return `${label} has fields the calculator does not know`;
      default:
        return `${label} is not valid`;
    }
  };
}

/** One error per path (the first), in input order. */
export function issuesToErrors(issues: readonly IssueLike[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const path = pathToString(issue.path);
    if (seen.has(path)) continue;
    seen.add(path);
    errors.push({ path, message: issue.message ?? 'This value is not valid' });
  }
  return errors;
}
