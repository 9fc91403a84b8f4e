/**
 * Shown until the island runs: in the server render (and so for readers without JavaScript) the inputs
 * are disabled and this says why, while the worked example's result stays on the page.
 */
export function StaticNote({ hydrated }: { hydrated: boolean }) {
  if (hydrated) return null;
  return (
    <p className="calc-static-note">
      The inputs need JavaScript, which is off or still loading: the result shown is the worked example’s, and every value it uses is listed
      below.
    </p>
  );
}
