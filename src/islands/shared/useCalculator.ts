/**
 * The state every island shares: form drafts, the last good result, inline errors, the engine and the
 * coefficient set it evaluates with (both loaded on first interaction so the page's initial JavaScript
 * stays small), URL state and pinned coefficient sets, and which fields the reader typed (so a preset
 * keeps them, and only they are called "you entered").
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { loadCoefficientSet } from './coefficient-data.ts';
import { applyDrafts, draftsFromInput, highKey, sortErrors, type Drafts } from './drafts.ts';
import { decodeState, withState } from './url-state.ts';
import { openingResult } from './island-data.ts';
import { getPath, setPath } from './object-path.ts';
import { today } from './today.ts';
import { useHydrated } from './useHydrated.ts';
import type { CoefficientMeta, IslandEngine, IslandProps, ViewOutcome } from './types.ts';

export type LinkNotice = { kind: 'malformed' } | { kind: 'pinned'; version: string; coefficientSet: string };

export interface Comparison<V> {
  coefficientSet: string;
  view: V;
}

export interface CalculatorState<I, V> {
  input: I;
  drafts: Drafts;
  /** Draft keys and choice paths the reader set (typed, chose or opened from a link). */
  typed: ReadonlySet<string>;
  /** False in the server render and until hydration: inputs are disabled and a note says why. */
  hydrated: boolean;
  view: V | undefined;
  /** Coefficient set the shown result was computed with. */
  coefficientSet: string;
  coefficients: CoefficientMeta[];
  sourceIds: string[];
  fieldErrors: Record<string, string>;
  generalErrors: string[];
  /** True while the shown result does not reflect the form (a field has an error). */
  stale: boolean;
  notice: LinkNotice | undefined;
  comparison: Comparison<V> | undefined;
  permalink: string;
  /** Today's date once hydrated; the build date in the server render (so hydration matches). */
  date: string;
  setDraft: (key: string, text: string) => void;
  /** Sets several drafts at once (a slider sets a point: the value and an empty upper end). */
  setDrafts: (patch: Drafts) => void;
  setValue: (path: string, value: unknown) => void;
  /**
   * Starts from another input (a preset, a task, a method). With `keepTyped`, what the reader typed or
   * chose stays as they left it on top of the new input.
   */
  replaceInput: (input: I, options?: { keepTyped?: boolean | ((key: string) => boolean) }) => void;
  recomputeWithLatest: () => void;
  adoptLatest: () => void;
  dismissNotice: () => void;
  /** Loads the engine early (on focus or pointer), so the first change recomputes at once. */
  warmUp: () => void;
}

const sourceIdsOf = <V>(outcome: ViewOutcome<V>) => (outcome.ok ? outcome.sourceIds : []);

export interface CalculatorOptions<I> {
  /** Makes the form's input whole before it is run (e.g. a baseline kind that follows whether a time is given). */
  normalise?: (input: I) => I;
}

export function useCalculator<I, V>(
  props: IslandProps<I, V>,
  loadEngine: () => Promise<IslandEngine<I, V>>,
  options: CalculatorOptions<I> = {},
): CalculatorState<I, V> {
  const { context, fields } = props;
  const normalise = options.normalise;
  const [input, setInput] = useState<I>(props.input);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsFromInput(fields, props.input));
  const [typed, setTyped] = useState<ReadonlySet<string>>(() => new Set());
  // The build's date and no address until hydrated, then the browser's, read again on every render.
  const hydrated = useHydrated();
  const [opening] = useState(() => openingResult(props));
  const [view, setView] = useState<V | undefined>(opening.ok ? opening.view : undefined);
  const [coefficientSet, setCoefficientSet] = useState(context.coefficientSet);
  const [coefficients, setCoefficients] = useState<CoefficientMeta[]>(props.coefficients);
  const [sourceIds, setSourceIds] = useState<string[]>(sourceIdsOf(opening));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const [notice, setNotice] = useState<LinkNotice | undefined>();
  const [comparison, setComparison] = useState<Comparison<V> | undefined>();
  const date = hydrated ? today() : context.builtOn;
  const address = hydrated ? window.location.href : '';
  const engineRef = useRef<IslandEngine<I, V> | undefined>(undefined);
  const loading = useRef<Promise<IslandEngine<I, V>> | undefined>(undefined);
  const latestRun = useRef(0);

  /**
   * The engine, with the coefficient set `setId` registered (each loaded once, in parallel) and what `input`
   * needs beyond the engine's chunk (IslandEngine.ready).
   */
  const engine = useCallback(
    async (setId: string, input?: I) => {
      loading.current ??= loadEngine().then((loaded) => (engineRef.current = loaded));
      const [loaded] = await Promise.all([engineRef.current ?? loading.current, loadCoefficientSet(setId)]);
      await loaded.ready?.(input);
      return loaded;
    },
    [loadEngine],
  );

  const warmUp = useCallback(() => {
    void engine(context.coefficientSet);
  }, [engine, context.coefficientSet]);

  const compute = useCallback(
    async (nextInput: I, nextDrafts: Drafts, setId: string) => {
      const run = ++latestRun.current;
      const drafted = applyDrafts(fields, nextInput, nextDrafts);
      const applied = normalise ? { ...drafted, input: normalise(drafted.input) } : drafted;
      if (applied.errors.length > 0) {
        const sorted = sortErrors(fields, applied.errors);
        setFieldErrors(sorted.byField);
        setGeneralErrors(sorted.general);
        setStale(true);
        return;
      }
      const loaded = await engine(setId, applied.input);
      if (run !== latestRun.current) return;
      const outcome = loaded.run(applied.input, setId);
      if (!outcome.ok) {
        const sorted = sortErrors(fields, outcome.errors);
        setFieldErrors(sorted.byField);
        setGeneralErrors(sorted.general);
        setStale(true);
        return;
      }
      setInput(applied.input);
      setView(outcome.view);
      setCoefficientSet(setId);
      setCoefficients(loaded.coefficientMeta(setId, outcome.coefficientIds));
      setSourceIds(outcome.sourceIds);
      setFieldErrors({});
      setGeneralErrors([]);
      setStale(false);
      setComparison(undefined);
    },
    [engine, fields, normalise],
  );

  // Open a permalink: the island's own query parameter, if any. Runs after hydration only.
  useEffect(() => {
    const decoded = decodeState<I>(window.location.search, context.island);
    if (decoded.kind === 'absent') return;
    if (decoded.kind === 'malformed' || !context.coefficientSets.includes(decoded.state.coefficientSet)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the address exists only after hydration; a bad permalink is reported once
      setNotice({ kind: 'malformed' });
      return;
    }
    const { state } = decoded;
    void (async () => {
      const loaded = await engine(state.coefficientSet, state.input);
      const outcome = loaded.run(state.input, state.coefficientSet);
      if (!outcome.ok) {
        setNotice({ kind: 'malformed' });
        return;
      }
      setInput(state.input);
      const restored = draftsFromInput(fields, state.input);
      setDrafts(restored);
      // What the link sets beyond the worked example counts as entered by the reader.
      const start = draftsFromInput(fields, props.input);
      setTyped(new Set(Object.keys(restored).filter((key) => restored[key] !== start[key])));
      setView(outcome.view);
      setCoefficientSet(state.coefficientSet);
      setCoefficients(loaded.coefficientMeta(state.coefficientSet, outcome.coefficientIds));
      setSourceIds(outcome.sourceIds);
      if (state.coefficientSet !== context.coefficientSet || state.version !== context.version) {
        setNotice({ kind: 'pinned', version: state.version, coefficientSet: state.coefficientSet });
      }
    })();
    // Only on first load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The shown result's permalink; the address bar is kept in step with it.
  const permalink = useMemo(
    () => (address ? withState(address, context.island, { version: context.version, coefficientSet, input }) : ''),
    [address, context.island, context.version, coefficientSet, input],
  );
  useEffect(() => {
    if (!permalink || stale) return;
    const isDefault = input === props.input && coefficientSet === context.coefficientSet;
    if (!isDefault) window.history.replaceState(window.history.state, '', permalink);
  }, [permalink, stale, input, coefficientSet, props.input, context.coefficientSet]);

  const markTyped = useCallback((keys: string[]) => {
    setTyped((previous) => (keys.every((k) => previous.has(k)) ? previous : new Set([...previous, ...keys])));
  }, []);

  const setDraft = useCallback(
    (key: string, text: string) => {
      // Typing a value replaces a preset's range as a whole: its upper end goes unless the reader typed it.
      const high = highKey(key);
      const next =
        high in drafts && !typed.has(high) && drafts[high] !== '' ? { ...drafts, [key]: text, [high]: '' } : { ...drafts, [key]: text };
      setDrafts(next);
      markTyped([key]);
      void compute(input, next, coefficientSet);
    },
    [drafts, input, coefficientSet, compute, markTyped, typed],
  );

  const setDraftsPatch = useCallback(
    (patch: Drafts) => {
      const next = { ...drafts, ...patch };
      setDrafts(next);
      markTyped(Object.keys(patch));
      void compute(input, next, coefficientSet);
    },
    [drafts, input, coefficientSet, compute, markTyped],
  );

  const setValue = useCallback(
    (path: string, value: unknown) => {
      const next = setPath(input, path, value);
      setInput(next);
      markTyped([path]);
      void compute(next, drafts, coefficientSet);
    },
    [input, drafts, coefficientSet, compute, markTyped],
  );

  const replaceInput = useCallback(
    (replacement: I, { keepTyped = false }: { keepTyped?: boolean | ((key: string) => boolean) } = {}) => {
      let next = replacement;
      let nextDrafts = draftsFromInput(fields, replacement);
      if (keepTyped) {
        const keep = typeof keepTyped === 'function' ? keepTyped : () => true;
        for (const key of [...typed].filter(keep)) {
          if (key in drafts) nextDrafts = { ...nextDrafts, [key]: drafts[key] ?? '' };
          else next = setPath(next, key, getPath(input, key));
        }
      } else setTyped(new Set());
      setInput(next);
      setDrafts(nextDrafts);
      void compute(next, nextDrafts, coefficientSet);
    },
    [fields, coefficientSet, compute, typed, drafts, input],
  );

  const recomputeWithLatest = useCallback(() => {
    void (async () => {
      const loaded = await engine(context.latestCoefficientSet, input);
      const outcome = loaded.run(input, context.latestCoefficientSet);
      if (outcome.ok) setComparison({ coefficientSet: context.latestCoefficientSet, view: outcome.view });
      else setGeneralErrors(outcome.errors.map((e) => e.message));
    })();
  }, [engine, input, context.latestCoefficientSet]);

  const adoptLatest = useCallback(() => {
    setNotice(undefined);
    void compute(input, drafts, context.latestCoefficientSet);
  }, [compute, input, drafts, context.latestCoefficientSet]);

  const dismissNotice = useCallback(() => setNotice(undefined), []);

  return useMemo(
    () => ({
      input,
      drafts,
      typed,
      hydrated,
      view,
      coefficientSet,
      coefficients,
      sourceIds,
      fieldErrors,
      generalErrors,
      stale,
      notice,
      comparison,
      permalink,
      date,
      setDraft,
      setDrafts: setDraftsPatch,
      setValue,
      replaceInput,
      recomputeWithLatest,
      adoptLatest,
      dismissNotice,
      warmUp,
    }),
    [
      input,
      drafts,
      typed,
      hydrated,
      view,
      coefficientSet,
      coefficients,
      sourceIds,
      fieldErrors,
      generalErrors,
      stale,
      notice,
      comparison,
      permalink,
      date,
      setDraft,
      setDraftsPatch,
      setValue,
      replaceInput,
      recomputeWithLatest,
      adoptLatest,
      dismissNotice,
      warmUp,
    ],
  );
}
