/** Reading and writing a value at a dotted path in a plain input object (immutably). */
export type Plain = Record<string, unknown>;

export function getPath(object: unknown, path: string): unknown {
  let current: unknown = object;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Plain)[key];
  }
  return current;
}

/** A copy of `object` with `value` at `path`; `undefined` removes the key. */
export function setPath<T>(object: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const base: Plain = object && typeof object === 'object' && !Array.isArray(object) ? { ...(object as Plain) } : {};
  if (head === undefined) return object;
  if (rest.length === 0) {
    if (value === undefined) delete base[head];
    else base[head] = value;
  } else {
    const child = setPath(base[head], rest.join('.'), value);
    // Removing the last field of a nested object removes the object too (so { training: {} } never reaches the model).
    if (value === undefined && child && typeof child === 'object' && Object.keys(child).length === 0) delete base[head];
    else base[head] = child;
  }
  return base as T;
}
