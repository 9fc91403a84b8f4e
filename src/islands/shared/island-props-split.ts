/**
 * An island's props in two parts, in a build: what every guidance version pinning the same coefficient set
 * shares (the fields, the worked example's result, the coefficients' labels, the sources' citations), as a
 * file named by its content (island-data-files.ts), and the page's own context (its version, titles,
 * dates and links), carried on the page in the island's directive value. Ten versions of the same example
 * were ten files that differed only in that context, about 0.3 MB at 10 versions; now they are one file and
 * about 0.7 kB on each page. The server renders from `joinProps` of the same two parts the browser joins
 * (visible-data.ts), so what it renders from is exactly what the island hydrates with.
 *
 * No imports: the directive's loader, which is inlined in the island runtime of every page with an island,
 * carries this module.
 */

/** An island's props as far as the split needs to know them: the context holds `sources` and the page's own fields. */
interface WithContext {
  context: { sources: unknown };
}

/** The page's own part: the context but its sources (which do not change from version to version). */
export type PagePart<P extends WithContext> = Omit<P['context'], 'sources'>;
/** The shared part: everything else, the sources lifted out of the context. */
export type SharedPart<P extends WithContext> = Omit<P, 'context'> & { sources: P['context']['sources'] };

export function splitProps<P extends WithContext>(props: P): { shared: SharedPart<P>; page: PagePart<P> } {
  const { context, ...rest } = props;
  const { sources, ...page } = context;
  return { shared: { ...rest, sources } as SharedPart<P>, page: page as PagePart<P> };
}

export function joinProps<P extends WithContext>(shared: SharedPart<P>, page: PagePart<P>): P {
  const { sources, ...rest } = shared;
  return { ...rest, context: { ...page, sources } } as unknown as P;
}
