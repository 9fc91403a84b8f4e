/**
 * TeX to MathML, at build time, with Temml (a maintained TeX-to-MathML converter; browsers render MathML
 * Core natively, so equations need no client JavaScript and no web font). Used by the equations annex.
 */
import temml from 'temml';

/**
 * MathML for a TeX expression. The block form's inline `display` style is dropped: browsers give
 * <math display="block"> that layout already, and the site's CSP allows no untracked style attributes.
 * Throws Temml's parse error (with the offending position) for invalid TeX.
 */
export function texToMathMl(tex: string, { display = false } = {}): string {
  const html = temml.renderToString(tex, { displayMode: display, annotate: display, throwOnError: true });
  return html.replace(/ style="display:block math;"/, '');
}

/** Why a TeX expression does not parse, or null when it does (for the content guard's messages). */
export function texProblem(tex: string): string | null {
  try {
    texToMathMl(tex);
    return null;
  } catch (error) {
    return (error as Error).message.split('\n')[0] ?? 'invalid TeX';
  }
}
