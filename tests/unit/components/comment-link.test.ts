/** "Comment on this" as a page renders it: shown on the versions open for comment, with FEEDBACK_TO set. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import CommentLink from '../../../src/components/CommentLink.astro';
import type { VersionStatus } from '../../../src/lib/content-schema.ts';

// The build reads FEEDBACK_TO from the environment; here it is set, as a deployment that takes comments sets it.
vi.mock('astro:env/server', () => ({ FEEDBACK_TO: 'comments@example.org' }));

const render = async (status: VersionStatus) =>
  (await AstroContainer.create()).renderToString(CommentLink, {
    props: {
      version: { id: '0.2', title: 'Consultation draft', status },
      chapter: 'Boundaries and functional units',
      provision: '2.3',
      path: '/0.2/boundaries-and-functional-units/#req-2.3',
    },
  });

describe('"Comment on this" link', () => {
  it.each(['current', 'draft'] as const)('appears on a %s version, addressed to FEEDBACK_TO', async (status) => {
    const html = await render(status);
    expect(html).toMatch(/<a class="comment-link" href="mailto:comments@example\.org\?subject=Comment%20on%20guidance%200\.2%3A%202\.3/);
    expect(html).toContain('Comment on this<span class="visually-hidden"> provision 2.3</span>');
  });

  it.each(['superseded', 'withdrawn'] as const)('is absent from a %s version', async (status) => {
    expect(await render(status)).not.toContain('comment-link');
  });
});
