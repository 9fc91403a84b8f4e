/**
 * The note an island shows until it runs (StaticNote.tsx), and what it says instead when the island cannot
 * load (visible-data.ts, which changes the server-rendered note in place: it runs before, and without, the
 * island's own code). Plain strings, so the directive's small inline script does not carry JSX.
 */
export const STATIC_NOTE_CLASS = 'calc-static-note';

/** Until the island runs: in the server render, and for readers without JavaScript. */
export const STATIC_NOTE_TEXT =
  'The inputs need JavaScript, which is off or still loading: the result shown is the worked example’s, and every value it uses is listed below.';

/** When the island's code or its data could not be loaded. */
export const LOAD_FAILED_TEXT =
  'The calculator could not be loaded (check the connection, then reload the page): the result shown is the worked example’s, and every value it uses is listed below.';
