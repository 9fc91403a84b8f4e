import { describe, expect, it } from 'vitest';
import { dropHarmlessWarnings, type BundlerLog } from '../../../src/integrations/build-log.ts';

const passed = (level: string, log: BundlerLog) => {
  const seen: string[] = [];
  dropHarmlessWarnings(level, log, (_level, l) => seen.push(l.message));
  return seen.length === 1;
};

describe('dropHarmlessWarnings', () => {
  it("drops the warning about Astro's head-inject directive, and no other directive warning", () => {
    const headInject =
      'The semantics of the module level directive "use astro:head-inject" in "content/guidance/0.2/x.mdx?astroPropagatedAssets" may not be preserved when bundling.';
    expect(passed('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: headInject })).toBe(false);
    expect(
      passed('warn', {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: 'The semantics of the module level directive "use client" in "x.tsx" may not be preserved',
      }),
    ).toBe(true);
  });

  it("drops an island engine's ineffective dynamic import only when the static importer is build-time prepare.ts", () => {
    const fromPrepare =
      'src/islands/counterfactual/engine.ts is dynamically imported by src/islands/counterfactual/Counterfactual.tsx but also statically imported by src/islands/counterfactual/prepare.ts, dynamic import will not move module into another chunk.';
    const fromComponent =
      'src/islands/counterfactual/engine.ts is dynamically imported by src/islands/counterfactual/Counterfactual.tsx but also statically imported by src/islands/counterfactual/Chart.tsx, dynamic import will not move module into another chunk.';
    expect(passed('warn', { code: 'INEFFECTIVE_DYNAMIC_IMPORT', message: fromPrepare })).toBe(false);
    expect(passed('warn', { code: 'INEFFECTIVE_DYNAMIC_IMPORT', message: fromComponent })).toBe(true);
  });

  it('passes every other log, and errors always', () => {
    expect(passed('warn', { code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' })).toBe(true);
    expect(passed('error', { code: 'MODULE_LEVEL_DIRECTIVE', message: '"use astro:head-inject"' })).toBe(true);
  });
});
