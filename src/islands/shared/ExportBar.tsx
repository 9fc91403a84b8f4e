/**
 * Copy link, CSV and JSON downloads, Markdown and a suggested citation for the shown result. The writers
 * of the files load on the first click (export-files.ts, about 1 kB): most readers never export, and the
 * islands' JavaScript after a first edit has a budget (src/lib/page-budgets.ts).
 */
import { useState } from 'react';
import { citationText, type ExportData, type ExportRecord } from './export.ts';

const files = () => import('./export-files.ts');

interface Props {
  idPrefix: string;
  data: ExportData;
  /** Markdown to copy (the disclosure text when the island has one). */
  markdown?: string;
  markdownLabel?: string;
  /** One level below the island's own title (islands in chapters use h3 titles; the workbench h2). */
  headingLevel?: 3 | 4;
  /** Before hydration (or with JavaScript off) nothing here can work: the controls are disabled. */
  disabled?: boolean;
  /** Records for model cards and registers, each offered as a download and a copy. */
  records?: ExportRecord[];
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * Copies text that may still be loading. A promise goes to the clipboard inside a ClipboardItem, so the
 * write starts within the click: Safari refuses a clipboard write begun after an await.
 */
async function copy(text: string | Promise<string>): Promise<boolean> {
  try {
    if (typeof text === 'string') await navigator.clipboard.writeText(text);
    else if (typeof ClipboardItem === 'function')
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })]);
    else await navigator.clipboard.writeText(await text);
    return true;
  } catch {
    return false;
  }
}

export function ExportBar({
  idPrefix,
  data,
  markdown,
  markdownLabel = 'Copy result as Markdown',
  headingLevel = 4,
  records = [],
  disabled = false,
}: Props) {
  const Heading = `h${headingLevel}` as 'h3' | 'h4';
  const [status, setStatus] = useState('');
  const base = `${data.context.island}-${data.context.version}-${data.date}`;
  const md = () => markdown ?? files().then((f) => f.toMarkdown(data));
  const copied = (what: string) => (ok: boolean) =>
    setStatus(ok ? `${what} copied to the clipboard.` : `Could not copy: select the text and copy it instead.`);
  return (
    <div className="calc-export">
      <Heading className="calc-export__title">Share and export</Heading>
      <div className="calc-field">
        <label htmlFor={`${idPrefix}-permalink`}>Link to these inputs</label>
        <input
          id={`${idPrefix}-permalink`}
          type="text"
          readOnly
          disabled={disabled}
          value={data.permalink}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <div className="calc-export__buttons">
        <button type="button" disabled={disabled} onClick={() => void copy(data.permalink).then(copied('Link'))}>
          Copy link
        </button>
        <button
          type="button"
          disabled={disabled}
          onClick={() => void files().then((f) => download(`${base}.csv`, 'text/csv', f.toCsv(data)))}
        >
          Download CSV
        </button>
        <button
          type="button"
          disabled={disabled}
          onClick={() => void files().then((f) => download(`${base}.json`, 'application/json', f.toJson(data)))}
        >
          Download JSON
        </button>
        <button type="button" disabled={disabled} onClick={() => void copy(md()).then(copied('Markdown'))}>
          {markdownLabel}
        </button>
      </div>
      {records.length > 0 && (
        <div className="calc-export__buttons" role="group" aria-label="Model cards and registers">
          {records.flatMap((r) => [
            <button
              type="button"
              key={`${r.suffix}-download`}
              disabled={disabled}
              onClick={() => void r.text().then((text) => download(`${base}-${r.suffix}`, r.type, text))}
            >
              Download {r.label}
            </button>,
            <button
              type="button"
              key={`${r.suffix}-copy`}
              disabled={disabled}
              onClick={() => void copy(r.text()).then(copied(r.label.charAt(0).toUpperCase() + r.label.slice(1)))}
            >
              Copy {r.label}
            </button>,
          ])}
        </div>
      )}
      <p className="calc-export__status" role="status">
        {status}
      </p>
      <div className="calc-field">
        <label htmlFor={`${idPrefix}-citation`}>Suggested citation for this result</label>
        <textarea id={`${idPrefix}-citation`} readOnly rows={3} value={citationText(data)} />
      </div>
    </div>
  );
}
