/** The engine's import rules: pure TypeScript, zod/mini only, and model folders importable on their own. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../../calculators');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1] as string);
}

/** Every calculators/ file reachable from `entry` through relative imports. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of imports(file)) if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
  };
  visit(entry);
  return new Set([...seen].map((f) => relative(root, f)));
}

describe('engine architecture', () => {
  it('imports nothing from Astro, React or the DOM, and only zod/mini from zod', () => {
    for (const file of files(root)) {
      for (const spec of imports(file)) {
        expect(spec, relative(root, file)).not.toMatch(/^(astro|react|react-dom)(\/|$)|^@astrojs\//);
        if (spec.startsWith('zod')) expect(spec, relative(root, file)).toBe('zod/mini');
        if (!spec.startsWith('.')) expect(['zod/mini'], `${relative(root, file)} imports ${spec}`).toContain(spec);
      }
      expect(readFileSync(file, 'utf8'), relative(root, file)).not.toMatch(/\b(document|window)\./);
    }
  });

  it('inference/index.ts pulls in no other model (nor the source registry)', () => {
    const graph = [...closure(join(root, 'inference/index.ts'))];
    for (const file of graph) {
      expect(file, 'inference island bundle').not.toMatch(/^(counterfactual|disclosure)\//);
      if (file.startsWith('training/')) expect(file).toBe('training/amortise.ts');
      expect(file).not.toBe('coefficients/sources.ts');
    }
  });

  it('training/index.ts pulls in no other model, nor the source registry', () => {
    for (const file of closure(join(root, 'training/index.ts'))) {
      expect(file).not.toMatch(/^(inference|counterfactual|disclosure)\//);
      expect(file).not.toBe('coefficients/sources.ts');
    }
  });

  it('counterfactual/index.ts pulls in inference but not disclosure or the source registry', () => {
    for (const file of closure(join(root, 'counterfactual/index.ts'))) {
      expect(file).not.toMatch(/^disclosure\//);
      expect(file).not.toBe('coefficients/sources.ts');
    }
  });
});
