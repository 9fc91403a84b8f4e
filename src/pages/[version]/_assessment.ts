/**
 * The explorer's self-assessment, loaded when a reader opens it: an answer (met, partly met, not met, not
 * applicable), a note and an evidence link per provision, kept in local storage only (nothing is sent),
 * exported as a conformance statement (Markdown, JSON, CSV) and imported again. The statement's schema,
 * its forms and the import rules are in src/lib/conformance-statement.ts. Every text is set as text.
 */
import {
  answers,
  EVIDENCE_PATTERN,
  readStatement,
  stateOf,
  statementCsv,
  statementJson,
  statementMarkdown,
  statementOf,
  STATEMENT_SCHEMA_PATH,
  statusCounts,
  statusLabels,
  conformanceStatementSchema,
  type AssessmentPageData,
  type AssessmentState,
  type AssessmentStatus,
} from '../../lib/conformance-statement.ts';

const today = () => new Date().toISOString().slice(0, 10);

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = element('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function openAssessment(toggle: HTMLButtonElement, key: string): void {
  const page = JSON.parse(document.getElementById('assessment-data')!.textContent ?? '{}') as AssessmentPageData;
  const tools = document.getElementById('assessment-tools')!;
  const slots = [...document.querySelectorAll<HTMLElement>('[data-assessment-slot]')];

  // The saved assessment, if any; one that cannot be read is kept aside, never overwritten.
  let state: AssessmentState = { assessed: today(), answers: {} };
  let loadProblem = '';
  try {
    const saved = localStorage.getItem(key);
    if (saved !== null) {
      const parsed = conformanceStatementSchema.safeParse(JSON.parse(saved));
      if (parsed.success && parsed.data.guidanceVersion === page.version.id) state = stateOf(parsed.data);
      else {
        localStorage.setItem(`${key}:unreadable`, saved);
        loadProblem = 'The self-assessment saved in this browser could not be read; it is kept aside unchanged, and a new one starts here.';
      }
    }
  } catch {
    loadProblem =
      'This browser does not allow local storage here, so the self-assessment will last only while the page is open. Export it before you leave.';
  }
  let undoState: AssessmentState | undefined;

  const save = () => {
    try {
      localStorage.setItem(key, JSON.stringify(statementOf(state, page)));
    } catch {
      // Storage refused (full or disabled): the page keeps working, and export still works.
    }
    summary.textContent = summaryText();
  };
  const summaryText = () => {
    const counts = statusCounts(statementOf(state, page));
    const assessed = page.provisions.length - counts['not-assessed'];
    return `${assessed} of ${page.provisions.length} provisions assessed: ${answers.map((s) => `${statusLabels[s].toLowerCase()} ${counts[s]}`).join(', ')}.`;
  };
  const changed = () => {
    state.assessed = today();
    save();
  };

  // The tools: who and what, the summary, export, import, clear.
  const organisation = element('input', {
    id: 'assessment-organisation',
    type: 'text',
    autocomplete: 'organization',
    maxLength: 200,
    value: state.organisation ?? '',
  });
  const scope = element('input', { id: 'assessment-scope', type: 'text', maxLength: 500, value: state.scope ?? '' });
  organisation.addEventListener('input', () => {
    state.organisation = organisation.value.trim() || undefined;
    changed();
  });
  scope.addEventListener('input', () => {
    state.scope = scope.value.trim() || undefined;
    changed();
  });
  const summary = element('p', { id: 'assessment-summary', className: 'assessment-panel__summary' });
  summary.setAttribute('role', 'status');
  const exportButton = (label: string, make: () => [string, string, string]) => {
    const button = element('button', { type: 'button', className: 'button' }, label);
    button.addEventListener('click', () => download(...make()));
    return button;
  };
  const base = `conformance-statement-${page.version.id}`;
  const statement = () => statementOf(state, page);
  const fileInput = element('input', { id: 'assessment-import', type: 'file', accept: '.json,.csv,application/json,text/csv' });
  const importMessage = element('div', { id: 'assessment-import-message', className: 'assessment-panel__message' });
  importMessage.setAttribute('role', 'status');
  fileInput.setAttribute('aria-describedby', 'assessment-import-hint assessment-import-message');
  const undo = element('button', { type: 'button', className: 'button', hidden: true }, 'Undo');
  const clear = element('button', { type: 'button', className: 'button' }, 'Clear every answer');
  const showMessage = (lines: string[], problem: boolean) => {
    importMessage.replaceChildren(...lines.map((line) => element('p', {}, line)));
    importMessage.classList.toggle('assessment-panel__message--error', problem);
    if (problem) fileInput.setAttribute('aria-invalid', 'true');
    else fileInput.removeAttribute('aria-invalid');
  };
  const replaceState = (next: AssessmentState, lines: string[]) => {
    undoState = structuredClone(state);
    state = next;
    render();
    save();
    undo.hidden = false;
    showMessage(lines, false);
  };
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const text = await file.text().catch(() => undefined);
    fileInput.value = '';
    const outcome =
      text === undefined ? { ok: false as const, message: 'The file could not be read.' } : readStatement(text, file.name, page);
    if (!outcome.ok) {
      showMessage([`Nothing was imported. ${outcome.message}`], true);
      return;
    }
    const count = Object.keys(outcome.state.answers).length;
    replaceState(outcome.state, [
      `Imported ${count} answer${count === 1 ? '' : 's'} from a statement for version ${outcome.from}; the previous assessment was replaced (Undo brings it back).`,
      ...outcome.notes,
    ]);
  });
  undo.addEventListener('click', () => {
    if (!undoState) return;
    state = undoState;
    undoState = undefined;
    render();
    save();
    undo.hidden = true;
    showMessage(['The previous assessment is back.'], false);
  });
  clear.addEventListener('click', () =>
    replaceState({ assessed: today(), answers: {} }, ['Every answer was cleared (Undo brings them back).']),
  );

  tools.replaceChildren(
    ...(loadProblem ? [element('p', { className: 'assessment-panel__message assessment-panel__message--error' }, loadProblem)] : []),
    element(
      'p',
      { className: 'filters__field' },
      element('label', { htmlFor: 'assessment-organisation' }, 'Organisation (optional)'),
      organisation,
    ),
    element(
      'p',
      { className: 'filters__field' },
      element('label', { htmlFor: 'assessment-scope' }, 'What is assessed (optional): a service, a team or a report'),
      scope,
    ),
    summary,
    element('h3', {}, 'Export the conformance statement'),
    element(
      'p',
      { className: 'assessment-panel__buttons' },
      exportButton('Download Markdown', () => [`${base}.md`, 'text/markdown', statementMarkdown(statement())]),
      exportButton('Download JSON', () => [
        `${base}.json`,
        'application/json',
        statementJson(statement(), new URL(STATEMENT_SCHEMA_PATH, location.origin).href),
      ]),
      exportButton('Download CSV', () => [`${base}.csv`, 'text/csv', statementCsv(statement())]),
    ),
    element('h3', {}, 'Import a statement'),
    element(
      'p',
      { className: 'filters__field' },
      element('label', { htmlFor: 'assessment-import' }, 'Conformance statement (JSON or CSV)'),
      element(
        'span',
        { id: 'assessment-import-hint', className: 'meta' },
        ` A statement exported for this version, or for an earlier one: its answers are mapped to this version's ids.`,
      ),
      fileInput,
    ),
    importMessage,
    element('p', { className: 'assessment-panel__buttons' }, undo, clear),
  );

  // One fieldset per provision.
  const fields = new Map<
    string,
    { radios: HTMLInputElement[]; note: HTMLTextAreaElement; evidence: HTMLInputElement; error: HTMLElement }
  >();
  for (const slot of slots) {
    const id = slot.dataset.assessmentSlot!;
    const prefix = `assess-${id}`;
    const radios = (['not-assessed', ...answers] as AssessmentStatus[]).map((status) =>
      element('input', { type: 'radio', name: prefix, id: `${prefix}-${status}`, value: status }),
    );
    const note = element('textarea', { id: `${prefix}-note`, rows: 2, maxLength: 2000 });
    const evidence = element('input', { id: `${prefix}-evidence`, type: 'text', inputMode: 'url', maxLength: 500, autocomplete: 'off' });
    const error = element('p', { id: `${prefix}-evidence-error`, className: 'field-error', hidden: true });
    evidence.setAttribute('aria-describedby', error.id);
    const update = () => {
      const status = (radios.find((r) => r.checked)?.value ?? 'not-assessed') as AssessmentStatus;
      const text = note.value.trim();
      const link = evidence.value.trim();
      const linkOk = EVIDENCE_PATTERN.test(link);
      error.hidden = linkOk;
      error.textContent = linkOk
        ? ''
        : 'Enter a web address starting with https://, or a document reference without a scheme. Until then the previous evidence is kept.';
      if (linkOk) evidence.removeAttribute('aria-invalid');
      else evidence.setAttribute('aria-invalid', 'true');
      const previous = state.answers[id];
      const kept = linkOk ? link : (previous?.evidence ?? '');
      if (status === 'not-assessed' && !text && !kept) delete state.answers[id];
      else state.answers[id] = { status, ...(text ? { note: text } : {}), ...(kept ? { evidence: kept } : {}) };
      changed();
    };
    for (const r of radios) r.addEventListener('change', update);
    note.addEventListener('input', update);
    evidence.addEventListener('input', update);
    const fieldset = element(
      'fieldset',
      { className: 'assessment' },
      element('legend', {}, `Your assessment of ${id}`),
      element(
        'div',
        { className: 'assessment__answers' },
        ...radios.map((r) =>
          element(
            'span',
            { className: 'assessment__answer' },
            r,
            ' ',
            element('label', { htmlFor: r.id }, statusLabels[r.value as AssessmentStatus]),
          ),
        ),
      ),
      element('p', { className: 'filters__field' }, element('label', { htmlFor: note.id }, 'Note'), note),
      element('p', { className: 'filters__field' }, element('label', { htmlFor: evidence.id }, 'Evidence link'), evidence, error),
    );
    slot.replaceChildren(fieldset);
    fields.set(id, { radios, note, evidence, error });
  }

  const render = () => {
    organisation.value = state.organisation ?? '';
    scope.value = state.scope ?? '';
    for (const [id, f] of fields) {
      const answer = Object.hasOwn(state.answers, id) ? state.answers[id] : undefined;
      for (const r of f.radios) r.checked = r.value === (answer?.status ?? 'not-assessed');
      f.note.value = answer?.note ?? '';
      f.evidence.value = answer?.evidence ?? '';
      f.error.hidden = true;
      f.evidence.removeAttribute('aria-invalid');
    }
    summary.textContent = summaryText();
  };
  render();

  const show = (open: boolean) => {
    tools.hidden = !open;
    for (const slot of slots) slot.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide the self-assessment' : 'Show the self-assessment';
  };
  toggle.addEventListener('click', () => show(Boolean(tools.hidden)));
  show(true);
}
