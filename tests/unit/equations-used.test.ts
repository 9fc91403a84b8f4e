/**
 * Every equation the engine registers (calculators/equations.ts) is the one its models compute with.
 * The annex test evaluates the printed worked numbers with the registered functions; that promise holds
 * only if the models call those functions rather than a copy of the formula, so a registered function
 * that no engine code uses fails here, with its name.
 *
 * How "used" is found: TypeScript's own name resolution over calculators/, not a text search. A reference
 * counts wherever it resolves to the registered function, through `import { x as y }` and the local
 * bindings the sampling loops use (`const x = imported_x`, counted when the binding is used); comments,
 * strings, properties that share the name, re-exports (`export { x }`), an uncalled binding, the
 * function's own body and the registry itself do not count. Why not the alternatives: a list of each
 * function's users is kept by hand and can go on naming a model after it stopped calling the function;
 * spying while the models run sees only calls through a module's export (not the EcoLogits steps calling
 * each other inside ecologits.ts), and only on the paths the worked examples take.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../calculators');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// Only the engine's own files are read: resolving names needs neither zod's types nor the standard library's.
const options: ts.CompilerOptions = {
  allowImportingTsExtensions: true,
  noEmit: true,
  noLib: true,
  noResolve: true,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ESNext,
  types: [],
};

/** For each function registered in `registryFile`'s `equations` object, the files (relative to `base`) that use it. */
function equationUsers(program: ts.Program, registryFile: string, base: string): Map<string, string[]> {
  const checker = program.getTypeChecker();
  const registry = program.getSourceFile(registryFile);
  if (!registry) throw new Error(`${registryFile} is not in the program`);
  const original = (symbol: ts.Symbol | undefined) =>
    symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;

  // The registry: `export const equations = { name, ... } as const satisfies ...`.
  const registered = new Map<ts.Symbol, string>();
  ts.forEachChild(registry, function find(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText(registry) === 'equations' && node.initializer) {
      let value: ts.Expression = node.initializer;
      while (ts.isSatisfiesExpression(value) || ts.isAsExpression(value)) value = value.expression;
      if (!ts.isObjectLiteralExpression(value)) throw new Error('equations is not an object literal');
      for (const property of value.properties) {
        const symbol = ts.isShorthandPropertyAssignment(property)
          ? checker.getShorthandAssignmentValueSymbol(property)
          : ts.isPropertyAssignment(property)
            ? checker.getSymbolAtLocation(property.initializer)
            : undefined;
        const target = original(symbol);
        if (!target?.valueDeclaration) throw new Error(`equations.${property.name?.getText(registry)} does not resolve to a function`);
        registered.set(target, property.name?.getText(registry) ?? '');
      }
    }
    ts.forEachChild(node, find);
  });

  // Only identifiers spelt like a registered function, or like a name one is imported as or bound to,
  // can refer to one: resolving just those keeps the checker's work (and the test's time) small.
  const files = program.getSourceFiles().filter((file) => file !== registry && file.fileName.startsWith(base));
  const spellings = new Set(registered.values());
  const walk = (visit: (node: ts.Node) => void) => {
    for (const file of files)
      ts.forEachChild(file, function each(node) {
        visit(node);
        ts.forEachChild(node, each);
      });
  };
  walk((node) => {
    if (ts.isImportSpecifier(node) && spellings.has((node.propertyName ?? node.name).text)) spellings.add(node.name.text);
  });
  const registeredAt = (node: ts.Identifier): ts.Symbol | undefined => {
    if (!spellings.has(node.text)) return undefined;
    const target = original(checker.getSymbolAtLocation(node));
    return target && registered.has(target) ? target : undefined;
  };
  // Local bindings (`const x = imported_x`): a use of the binding is a use of the function; the binding
  // itself is not (it may be left behind after the last call is gone).
  const bindings = new Map<ts.Symbol, ts.Symbol>();
  const bindingInitialisers = new Set<ts.Node>();
  walk((node) => {
    if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer || !ts.isIdentifier(node.initializer)) return;
    const target = registeredAt(node.initializer);
    const binding = checker.getSymbolAtLocation(node.name);
    if (!target || !binding) return;
    bindings.set(binding, target);
    bindingInitialisers.add(node.initializer);
    spellings.add(node.name.text);
  });

  const users = new Map<string, Set<string>>([...registered.values()].map((name) => [name, new Set<string>()]));
  walk((node) => {
    if (!ts.isIdentifier(node) || !spellings.has(node.text) || bindingInitialisers.has(node)) return;
    if (ts.isImportSpecifier(node.parent) || ts.isExportSpecifier(node.parent)) return;
    const symbol = checker.getSymbolAtLocation(node);
    const target = registeredAt(node) ?? (symbol && bindings.get(symbol));
    const declaration = symbol && bindings.has(symbol) ? symbol.valueDeclaration : target?.valueDeclaration;
    if (!target || !declaration) return;
    // Not a declaration's own name, nor a call inside the function's own body.
    const file = node.getSourceFile();
    if (file === declaration.getSourceFile() && node.pos >= declaration.pos && node.end <= declaration.end) return;
    users.get(registered.get(target) as string)?.add(relative(base, file.fileName));
  });
  return new Map([...users].map(([name, files]) => [name, [...files].sort()]));
}

describe('registered equations', () => {
  it('are each computed with by the engine, not only printed', { timeout: 60_000 }, () => {
    const users = equationUsers(ts.createProgram(tsFiles(root), options), join(root, 'equations.ts'), root);
    expect(users.size, 'the registry lists no equation: has calculators/equations.ts moved?').toBeGreaterThan(20);
    const unused = [...users].filter(([, files]) => files.length === 0).map(([name]) => name);
    expect(
      unused,
      'Registered equations no engine code calls: make the model call the registered function instead of repeating its formula',
    ).toEqual([]);
    // Spot checks that references are found through aliases and local bindings.
    expect(users.get('decodeGpuSeconds')).toContain('inference/methods/flop.ts');
    expect(users.get('overheadWh')).toContain('inference/model.ts');
    expect(users.get('deviceEmbodiedG')).toContain('counterfactual/model.ts');
  });

  it('are reported unused when only a comment, a re-export, a same-named property, an uncalled binding or their own body mentions them', () => {
    const files: Record<string, string> = {
      '/engine/maths.ts': [
        'export function used(x: number): number { return x * 2; }',
        'export function recursive(x: number): number { return x > 0 ? recursive(x - 1) : 0; }',
        'export function mentioned(x: number): number { return x + 1; }',
        'export function bound(x: number): number { return x - 1; }',
      ].join('\n'),
      '/engine/model.ts': [
        "import { bound as imported_bound, used as imported_used, mentioned } from './maths.ts';",
        'const used = imported_used;',
        'const bound = imported_bound; // bound for the loop, never called',
        'export const result = { mentioned: 1, value: used(2) };',
        '// mentioned(3) is not called here',
        "export { mentioned } from './maths.ts';",
      ].join('\n'),
      '/engine/equations.ts': [
        "import { bound, mentioned, recursive, used } from './maths.ts';",
        'export const equations = { used, recursive, mentioned, bound } as const;',
      ].join('\n'),
    };
    const host = ts.createCompilerHost(options);
    host.getSourceFile = (name, language) => (files[name] === undefined ? undefined : ts.createSourceFile(name, files[name], language));
    host.fileExists = (name) => files[name] !== undefined;
    host.readFile = (name) => files[name];
    host.directoryExists = (name) => name === '/' || name === '/engine';
    host.getCurrentDirectory = () => '/engine';
    const program = ts.createProgram(Object.keys(files), options, host);
    expect(Object.fromEntries(equationUsers(program, '/engine/equations.ts', '/engine'))).toEqual({
      used: ['model.ts'],
      recursive: [],
      mentioned: [],
      bound: [],
    });
  });
});
