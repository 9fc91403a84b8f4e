// Lets Node 24 run the project's TypeScript directly (built-in type stripping): src/lib imports its
// siblings without a file extension, as Vite allows, so resolve "./x" to "./x.ts" when that file exists.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && !/\.[cm]?[jt]s$/.test(specifier)) {
        for (const suffix of ['.ts', '/index.ts']) {
          try {
            return nextResolve(specifier + suffix, context);
          } catch {
            // try the next suffix
          }
        }
      }
      throw error;
    }
  },
});
