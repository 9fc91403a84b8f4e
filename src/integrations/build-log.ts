/**
 * Warnings the project has decided are harmless, dropped where Vite hands the bundler's logs over
 * (build.rolldownOptions.onLog in astro.config.mjs), so that a warning in the build log always deserves
 * a reader's attention. Each rule is narrow and says why it is safe; every other log passes through.
 */

/** The shape of a bundler log that the rules read. */
export interface BundlerLog {
  code?: string;
  message: string;
}

export const harmlessWarnings: { code: string; matches: (message: string) => boolean; why: string }[] = [
  {
    code: 'MODULE_LEVEL_DIRECTIVE',
    matches: (message) => message.includes('"use astro:head-inject"'),
    why:
      "Astro marks each MDX entry's propagated-assets module with this directive and reads it itself before " +
      'bundling; the bundler can only say it will not keep it (withastro/astro#18087, one warning per chapter).',
  },
  {
    code: 'INEFFECTIVE_DYNAMIC_IMPORT',
    matches: (message) =>
      /src\/islands\/[\w-]+\/engine\.ts is dynamically imported/.test(message) && /statically imported by [^\n]*prepare\.ts/.test(message),
    why:
      'An island loads its engine chunk on first use (a dynamic import) while its build-time prepare.ts ' +
      'evaluates the worked example with the same module. Only the server bundle, run once at build time, has ' +
      'both; the browser bundle never sees prepare.ts (tests/unit/architecture.test.ts), so its split stands.',
  },
];

export function isHarmlessWarning(level: string, log: BundlerLog): boolean {
  return level === 'warn' && harmlessWarnings.some((rule) => rule.code === log.code && rule.matches(log.message));
}

/** For build.rolldownOptions.onLog: passes every log on except the harmless warnings above. */
export function dropHarmlessWarnings(level: string, log: BundlerLog, handler: (level: string, log: BundlerLog) => void): void {
  if (!isHarmlessWarning(level, log)) handler(level, log);
}
