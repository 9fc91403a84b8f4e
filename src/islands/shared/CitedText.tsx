/** Engine text with its source ids shown as author-year links to the version's references (src/lib/cited-text.ts). */
import { splitCitations } from '../../lib/cited-text.ts';
import { referenceAnchor } from '../../lib/paths.ts';
import type { IslandContext } from './types.ts';

export function CitedText({ text, context }: { text: string; context: Pick<IslandContext, 'sources' | 'links'> }) {
  return (
    <>
      {splitCitations(text, context.sources).map((segment, index) =>
        'text' in segment ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <a key={index} href={`${context.links.references}#${referenceAnchor(segment.sourceId)}`}>
            {segment.label}
          </a>
        ),
      )}
    </>
  );
}
