/**
 * Engine results reused within one build. The same worked example is evaluated for its chapter, again for
 * the version's print page, and again for every version that pins the same coefficient set; the engine is
 * deterministic for a given input and set (seeded sampling), so the build computes each once. Results are
 * frozen, so a page that changed one would fail the build instead of changing another page's figures.
 * Off in the dev server, where an edited engine must show at once.
 */
const results = new Map<string, unknown>();

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}

/** `compute()`, or the frozen value it gave earlier in this build for the same key. */
export function memoised<T>(key: readonly unknown[], compute: () => T): T {
  if (import.meta.env?.DEV) return compute();
  const id = JSON.stringify(key);
  if (results.has(id)) return results.get(id) as T;
  const value = deepFreeze(compute());
  results.set(id, value);
  return value;
}
