import { useEffect, useState } from 'react';

/**
 * False in the server render and while hydrating, true from the render after: values only the browser
 * knows (today's date, the page address) and controls that need JavaScript appear then, so the hydrated
 * markup matches the server's first.
 *
 * An effect rather than useSyncExternalStore with a server snapshot (React's own pattern): in the browser
 * the islands run on Preact's React layer (src/integrations/browser-runtime.ts), which ignores the server
 * snapshot and would hydrate with the browser's values, leaving the server's attributes in place.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  // The one state change an effect must make: the render after hydration is the point of this hook.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
