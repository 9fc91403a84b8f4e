/**
 * The frame every calculator island shares, so each behaves the same way: a section with a stable id
 * (permalinks end with it), the title, a notice for links from other versions, a note while the inputs
 * cannot work yet (no JavaScript), the error summary above the form, and the result kept in view of the
 * inputs (the results column's headline on wide screens, a bar pinned to the bottom on phones).
 */
import type { ReactNode } from 'react';
import { ErrorSummary } from './ErrorSummary.tsx';
import { LinkNotice } from './LinkNotice.tsx';
import { ResultBar } from './ResultBar.tsx';
import type { HeadlineRow } from './ResultHeadline.tsx';
import { StaticNote } from './StaticNote.tsx';
import type { FieldDef, IslandContext } from './types.ts';
import { islandAnchor } from './url-state.ts';
import type { CalculatorState } from './useCalculator.ts';

interface Props<I, V> {
  state: CalculatorState<I, V>;
  context: IslandContext;
  fields: FieldDef[];
  title: ReactNode;
  /** h2 on the workbench, h3 inside a chapter section. */
  headingLevel?: 2 | 3;
  intro?: ReactNode;
  formLabel: string;
  /** The result with the latest coefficient set, when the reader asked for it from a pinned link. */
  comparison?: ReactNode;
  /** The headline figures for the bar pinned on phones (the first three are shown). */
  barRows?: HeadlineRow[] | undefined;
  form: ReactNode;
  /** The results column (absent until there is a result). */
  results?: ReactNode;
}

export function CalculatorShell<I, V>({
  state,
  context,
  fields,
  title,
  headingLevel = 3,
  intro,
  formLabel,
  comparison = null,
  barRows,
  form,
  results,
}: Props<I, V>) {
  const id = islandAnchor(context.island);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="calc" id={id} aria-labelledby={`${id}-title`} onFocusCapture={state.warmUp} onPointerEnter={state.warmUp}>
      <Heading id={`${id}-title`} className="calc__title">
        {title}
      </Heading>
      {intro && <p className="calc__intro">{intro}</p>}
      <LinkNotice
        notice={state.notice}
        context={context}
        onRecompute={state.recomputeWithLatest}
        onAdopt={state.adoptLatest}
        onDismiss={state.dismissNotice}
        comparison={comparison}
      />
      <StaticNote hydrated={state.hydrated} />
      <div className="calc__layout">
        <form className="calc__form" onSubmit={(event) => event.preventDefault()} noValidate aria-label={formLabel}>
          <ErrorSummary idPrefix={id} fields={fields} fieldErrors={state.fieldErrors} generalErrors={state.generalErrors} />
          {form}
        </form>
        {barRows && <ResultBar rows={barRows} stale={state.stale} />}
        {results && <div className="calc__results">{results}</div>}
      </div>
    </section>
  );
}
