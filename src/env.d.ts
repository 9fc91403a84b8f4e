/// <reference types="astro/client" />

// Lets plain `tsc` (npm run typecheck) resolve .astro imports from .ts files. The components' own
// frontmatter is compiled and checked by Astro during the build.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
