/**
 * Task and model of a comparison, shared by "Estimate my use case" and the counterfactual calculator: a
 * task is one media preset of the pinned set (its quantities, method and by-hand time), a model a size
 * class with named examples and the figures published for it. Changing task keeps what the reader typed.
 */
import type { CounterfactualInput } from '../../../calculators/counterfactual/index.ts';
import type { EstimateTask } from '../../../calculators/counterfactual/estimate-tasks.ts';
import { fieldId } from './field-ids.ts';
import { FieldList } from './FieldList.tsx';
import type { FieldDef } from './types.ts';
import type { CalculatorState } from './useCalculator.ts';

export interface ModelChoice {
  id: string;
  label: string;
  /** Named models of the class, as the set's note gives them. */
  examples: string;
  /** Figures published for models of the class, where the set holds any. */
  figures: string[];
}

/** The path of the model-class choice in a comparison's input. */
export const MODEL_CLASS_PATH = 'ai.inference.estimate.modelClass';

interface Props<V> {
  state: CalculatorState<CounterfactualInput, V>;
  tasks: EstimateTask[];
  models: ModelChoice[];
  /** The model-class field (MODEL_CLASS_PATH). */
  modelField: FieldDef | undefined;
  idPrefix: string;
}

export function currentTask(input: CounterfactualInput, tasks: EstimateTask[]): EstimateTask | undefined {
  return tasks.find((t) => t.id === input.ai.inference?.preset);
}

export function TaskControls<V>({ state, tasks, models, modelField, idPrefix }: Props<V>) {
  const task = currentTask(state.input, tasks);
  const estimate = state.input.ai.inference?.estimate;
  const model = models.find((m) => estimate?.method === 'proxy' && m.id === estimate.modelClass);
  const taskId = fieldId(idPrefix, 'task');
  const choose = (next: string) => {
    const chosen = tasks.find((t) => t.id === next);
    // The reader's volume, country, times and model stay; a task with its own kind of model keeps that model.
    if (chosen)
      state.replaceInput(chosen.input, { keepTyped: (key) => chosen.model === 'class' || !key.startsWith('ai.inference.estimate') });
  };
  return (
    <>
      <div className="calc-field">
        <label htmlFor={taskId}>Task</label>
        <select
          id={taskId}
          value={task?.id ?? ''}
          disabled={!state.hydrated}
          aria-describedby={`${taskId}-help`}
          onChange={(event) => choose(event.currentTarget.value)}
        >
          {!task && <option value="">This example’s own task</option>}
          {tasks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        <p className="calc-field__help" id={`${taskId}-help`}>
          {task ? `One ${task.unit}.` : ''} {task?.model === 'fixed' ? `Model: ${task.methodLabel}.` : ''} What you have typed stays when
          you change task.
        </p>
      </div>
      {task?.model === 'class' && modelField && (
        <>
          <FieldList fields={[modelField]} state={state} idPrefix={idPrefix} />
          {model && (
            <p className="calc-field__help calc-model-note">
              {model.examples}
              {model.figures.length > 0 && <> Published for models of this class: {model.figures.join('; ')}.</>}
            </p>
          )}
        </>
      )}
    </>
  );
}
