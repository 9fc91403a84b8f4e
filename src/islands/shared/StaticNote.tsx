import { STATIC_NOTE_CLASS, STATIC_NOTE_TEXT } from './static-note.ts';

/**
 * Shown until the island runs: in the server render (and so for readers without JavaScript) the inputs
 * are disabled and this says why, while the worked example's result stays on the page. If the island
 * cannot load, its directive changes this note to say so (static-note.ts).
 */
export function StaticNote({ hydrated }: { hydrated: boolean }) {
  if (hydrated) return null;
  return <p className={STATIC_NOTE_CLASS}>{STATIC_NOTE_TEXT}</p>;
}
