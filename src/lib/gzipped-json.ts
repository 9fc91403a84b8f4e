/**
 * Reads a JSON file the build stored gzipped (`.json.gz`: the islands' props, the comparisons' per-version
 * data), in the browser, with the platform's DecompressionStream: no library, no JavaScript inflater.
 * Stored compressed because the files are large, repetitive JSON that static hosts do not all compress,
 * and because the deployed output is a budget of its own (issue 12); Pagefind stores its index so too.
 *
 * A host may instead send such a file with `Content-Encoding: gzip` (Apache's `AddEncoding x-gzip .gz`), and
 * the browser then hands over the inflated text: so the bytes decide, by gzip's two-byte signature, not the
 * file name.
 */

/** Whether `bytes` begin with gzip's signature (RFC 1952, ID1 ID2). */
export const isGzip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The text of `bytes`, inflated first when they are gzip. */
export async function textOf(bytes: Uint8Array): Promise<string> {
  if (!isGzip(bytes)) return new TextDecoder().decode(bytes);
  const inflated = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(inflated).text();
}

/** Fetches `href` and returns its text, inflated when stored gzipped; a failed request or response throws, naming it. */
export async function fetchText(href: string): Promise<string> {
  // The browser's own message ("Failed to fetch") does not say which file.
  const response = await fetch(href).catch((error: unknown) => {
    throw new Error(`${href}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  if (!response.ok) throw new Error(`${href}: ${response.status}`);
  return textOf(new Uint8Array(await response.arrayBuffer()));
}

/** Fetches `href` and parses it as JSON (see fetchText). */
export async function fetchJson<T>(href: string): Promise<T> {
  return JSON.parse(await fetchText(href)) as T;
}
