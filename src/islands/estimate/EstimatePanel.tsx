/**
 * "Estimate my use case": task, model, volume, country and a person's time without AI, and a summary that
 * stays in view (beside the form on wide screens, pinned to the bottom on phones): the AI-assisted task,
 * the same task by hand, the difference with its range, and what would change it most. It runs the
 * counterfactual model, whose AI step is the inference model; every other input is under "Advanced",
 * on the same state.
 */
import type { CounterfactualInput, CounterfactualResult } from '../../../calculators/counterfactual/index.ts';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { FieldList } from '../shared/FieldList.tsx';
import { LinkNotice } from '../shared/LinkNotice.tsx';
import { StaticNote } from '../shared/StaticNote.tsx';
import { fieldId } from '../shared/field-ids.ts';
import type { IslandProps } from '../shared/types.ts';
import { propsOf, type PropsOnPage } from '../shared/island-data.ts';
import { islandAnchor } from '../shared/url-state.ts';
import { useCalculator } from '../shared/useCalculator.ts';
import { usedValues } from '../shared/used-values.ts';
import type { EstimateExtras } from './prepare.ts';
import { estimateSummary } from './summary.ts';
import { withBaselineFromTime } from './baseline.ts';
import { currentTask, MODEL_CLASS_PATH, TaskControls } from '../shared/TaskControls.tsx';

const loadEngine = () => import('../counterfactual/engine.ts').then((m) => m.engine);
/**
 * "How this is worked out" is closed until the reader opens it, and its code (inputs tables, assumptions,
 * exports: about 2 kB gzip) loads then, not with the form: the JavaScript after a first edit has a budget
 * (src/lib/page-budgets.ts). The server renders it inside <noscript> for readers without JavaScript; the
 * browser ignores that copy, so hydration has nothing to match and the open section renders live state.
 * The server imports it before rendering (a top-level await, which the browser build drops with its
 * branch: it replaces import.meta.env.SSR with false), so no static import pulls it into the panel's chunk.
 */
const WorkedOutLater = lazy(() => import('./WorkedOut.tsx'));
const WorkedOutNow = import.meta.env.SSR ? (await import('./WorkedOut.tsx')).default : () => null;
const options = { normalise: withBaselineFromTime };

export default function EstimatePanel(given: (IslandProps<CounterfactualInput, CounterfactualResult> & EstimateExtras) | PropsOnPage) {
  const props = propsOf(given);
  const state = useCalculator(props, loadEngine, options);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const advancedRef = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  const [advancedOpened, setAdvancedOpened] = useState(false);
  // Opened before hydration (the disclosure works without React): show its live content at once. Once
  // opened, the content stays rendered when the section is closed again.
  useEffect(() => {
    setOpened((was) => was || Boolean(detailsRef.current?.open));
    setAdvancedOpened((was) => was || Boolean(advancedRef.current?.open));
  }, []);
  const { context, fields, tasks, models, shortForm } = props;
  const id = islandAnchor(context.island);
  const result = state.view;
  const task = currentTask(state.input, tasks);
  const byPath = (paths: readonly string[]) => paths.flatMap((p) => fields.filter((f) => f.path === p));
  const short = byPath(shortForm.filter((p) => p !== MODEL_CLASS_PATH));
  const advanced = fields.filter((f) => !shortForm.includes(f.path));
  // "Advanced" is closed until the reader opens it, and its fields (over half of the panel) render then, not
  // when the panel hydrates as the page loads: on a phone the panel is in view at once, and hydrating every
  // field made the page's longest task (Lighthouse on the workbench, issue 12). An error reported against one
  // of them renders them too, so that the error summary's link has its field to open and focus. The
  // server renders them inside <noscript>, as "How this is worked out" below: readers without JavaScript see
  // them; the browser ignores that copy, so hydration has nothing to match.
  const showAdvanced = advancedOpened || advanced.some((f) => state.fieldErrors[f.path] !== undefined);
  const used = result
    ? { ...usedValues(fields, result.inputs), ...(result.inference ? usedValues(fields, result.inference.inputs, 'ai.inference.') : {}) }
    : {};
  const summary = result && task ? estimateSummary(result, task.unit) : undefined;
  const advancedFields = <FieldList fields={advanced} state={state} idPrefix={id} used={used} />;

  return (
    <section
      className="calc calc--estimate"
      id={id}
      aria-labelledby={`${id}-title`}
      onFocusCapture={state.warmUp}
      onPointerEnter={state.warmUp}
    >
      <h2 id={`${id}-title`} className="calc__title">
        Estimate my use case
      </h2>
      <p className="calc__intro">
        Five answers give the footprint of an AI-assisted task, of the same task done by a person, and the difference over a week, month or
        year. Both sides share one boundary: the model’s data centre, network and hardware, and the devices people use.
      </p>
      <LinkNotice
        notice={state.notice}
        context={context}
        onRecompute={state.recomputeWithLatest}
        onAdopt={state.adoptLatest}
        onDismiss={state.dismissNotice}
        comparison={null}
      />
      <StaticNote hydrated={state.hydrated} />
      <div className="calc__layout calc__layout--estimate">
        <form className="calc__form" onSubmit={(event) => event.preventDefault()} noValidate aria-label="Your use case">
          <ErrorSummary idPrefix={id} fields={fields} fieldErrors={state.fieldErrors} generalErrors={state.generalErrors} />
          <TaskControls
            state={state}
            tasks={tasks}
            models={models}
            modelField={fields.find((f) => f.path === MODEL_CLASS_PATH)}
            idPrefix={id}
          />
          <div className="calc-field-row">
            <FieldList fields={short.filter((f) => f.path.startsWith('volume.'))} state={state} idPrefix={id} used={used} />
          </div>
          <FieldList fields={short.filter((f) => !f.path.startsWith('volume.'))} state={state} idPrefix={id} used={used} />
          <details className="calc-advanced" ref={advancedRef} onToggle={(event) => event.currentTarget.open && setAdvancedOpened(true)}>
            <summary>Advanced: every other input of the comparison</summary>
            {import.meta.env.SSR ? <noscript>{advancedFields}</noscript> : <noscript />}
            {!import.meta.env.SSR && showAdvanced && advancedFields}
          </details>
        </form>
        <div className="estimate-summary" data-stale={state.stale ? 'true' : undefined}>
          <h3 className="estimate-summary__title">Your estimate</h3>
          {summary ? (
            <dl>
              <div>
                <dt>With AI</dt>
                <dd>
                  <strong>{summary.ai.perPeriod ?? summary.ai.perTask}</strong>
                  {summary.ai.perPeriod && (
                    <span className="estimate-summary__detail estimate-summary__per-task">{summary.ai.perTask}</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>By hand</dt>
                <dd>
                  {summary.byHand ? (
                    <>
                      <strong>{summary.byHand.perPeriod ?? summary.byHand.perTask}</strong>
                      {summary.byHand.perPeriod && (
                        <span className="estimate-summary__detail estimate-summary__per-task">{summary.byHand.perTask}</span>
                      )}
                    </>
                  ) : (
                    <>
                      Not compared: enter the <a href={`#${fieldId(id, 'baseline.humanTimeH')}`}>time a person takes</a>.
                    </>
                  )}
                </dd>
              </div>
              <div className="estimate-summary__difference">
                <dt>Difference</dt>
                <dd>
                  <strong>{summary.difference}</strong>
                  {summary.differenceRange && (
                    <span className="estimate-summary__detail">
                      ({summary.differenceRange}
                      {context.links.uncertainty ? (
                        <>
                          ; <a href={context.links.uncertainty}>what the range means</a>
                        </>
                      ) : null}
                      )
                    </span>
                  )}
                  {summary.spansZero && <span className="estimate-summary__detail estimate-summary__per-task">{summary.spansZero}</span>}
                </dd>
              </div>
              {summary.drivers.length > 0 && (
                <div className="estimate-summary__more">
                  <dt>Would change the answer most</dt>
                  <dd>{summary.drivers.join('; ')}.</dd>
                </div>
              )}
            </dl>
          ) : (
            <p>Choose a task to see its estimate.</p>
          )}
          {state.stale && (
            <p className="calc-headline__stale">This is the estimate for the last values that worked: correct the field named above.</p>
          )}
          <p className="visually-hidden" aria-live="polite" aria-atomic="true">
            {summary && !state.stale
              ? `With AI ${summary.ai.perPeriod ?? summary.ai.perTask}. ${summary.byHand ? `By hand ${summary.byHand.perPeriod ?? summary.byHand.perTask}. ` : ''}${summary.difference}.`
              : ''}
          </p>
        </div>
      </div>
      {result && (
        <details className="calc-assumptions" ref={detailsRef} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
          <summary>How this is worked out: inputs, assumptions, sources and exports</summary>
          {import.meta.env.SSR ? (
            <noscript>
              <WorkedOutNow idPrefix={id} context={context} state={state} result={result} summary={summary} />
            </noscript>
          ) : (
            <noscript />
          )}
          {opened && (
            <Suspense fallback={<p>Loading…</p>}>
              <WorkedOutLater idPrefix={id} context={context} state={state} result={result} summary={summary} />
            </Suspense>
          )}
        </details>
      )}
    </section>
  );
}
