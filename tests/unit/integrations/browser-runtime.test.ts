import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PREACT_FOR_REACT, preactInTheBrowser } from '../../../src/integrations/browser-runtime.ts';

type Resolve = (id: string, importer?: string, options?: object) => Promise<{ id: string } | null>;
type ResolveId = (this: { resolve: Resolve }, id: string, importer?: string, options?: object) => Promise<unknown>;

const plugin = preactInTheBrowser();
const applies = plugin.applyToEnvironment as (environment: { name: string }) => boolean;
const resolveId = plugin.resolveId as unknown as ResolveId;
/** What the plugin resolves `id` to, with a resolver that echoes what it was asked for. */
const resolved = (id: string) =>
  resolveId.call({ resolve: async (target, _importer, options) => ({ id: `resolved:${target}`, ...options }) }, id, '/src/x.tsx', {
    isEntry: false,
  });

describe('preactInTheBrowser', () => {
  it('applies to the browser bundle only, so the server renders and the tests run with React', () => {
    expect(applies({ name: 'client' })).toBe(true);
    expect(applies({ name: 'ssr' })).toBe(false);
    expect(applies({ name: 'prerender' })).toBe(false);
  });

  it("resolves React's modules to Preact's React layer, and leaves every other module to Vite", async () => {
    await expect(resolved('react')).resolves.toMatchObject({ id: 'resolved:preact/compat', skipSelf: true, isEntry: false });
    await expect(resolved('react-dom/client')).resolves.toMatchObject({ id: 'resolved:preact/compat/client' });
    await expect(resolved('react/jsx-runtime')).resolves.toMatchObject({ id: 'resolved:preact/jsx-runtime' });
    await expect(resolved('react-dom/server')).resolves.toBeUndefined();
    await expect(resolved('zod/mini')).resolves.toBeUndefined();
    await expect(resolved('./react')).resolves.toBeUndefined();
  });

  it('points at modules the installed Preact provides', () => {
    const require = createRequire(import.meta.url);
    for (const target of new Set(Object.values(PREACT_FOR_REACT))) expect(() => require.resolve(target), target).not.toThrow();
  });
});
