/** "Comment on this" links: the configured destination and the pre-filled message. */
import { describe, expect, it } from 'vitest';
import { commentHref, commentMessage, openForComment, parseFeedbackDestination } from '../../../src/lib/feedback.ts';

const target = {
  version: { id: '0.3', title: 'Consultation draft' },
  chapter: 'Boundaries and functional units',
  provision: 'BND-3',
  url: 'https://guidance.example/0.3/boundaries-and-functional-units/#BND-3',
};

describe('feedback destination', () => {
  it('is unset, an e-mail address or an https template with {title} and {body}', () => {
    expect(parseFeedbackDestination(undefined)).toBeUndefined();
    expect(parseFeedbackDestination('  ')).toBeUndefined();
    expect(parseFeedbackDestination('mailto:comments@example.org')).toEqual({ kind: 'email', address: 'comments@example.org' });
    expect(parseFeedbackDestination('https://github.com/o/r/issues/new?title={title}&body={body}')).toMatchObject({ kind: 'template' });
    for (const bad of [
      'comments',
      'http://tracker.example/new?title={title}',
      'https://tracker.example/new',
      'javascript:alert(1)//{title}',
    ]) {
      expect(() => parseFeedbackDestination(bad)).toThrow(/FEEDBACK_TO: expected an e-mail address/);
    }
  });
});

describe('versions open for comment', () => {
  it('are the current version and a draft, not a superseded or withdrawn one', () => {
    expect(openForComment('current')).toBe(true);
    expect(openForComment('draft')).toBe(true);
    expect(openForComment('superseded')).toBe(false);
    expect(openForComment('withdrawn')).toBe(false);
  });
});

describe('comment links', () => {
  it('pre-fill the version, chapter, provision and page address', () => {
    const { title, body } = commentMessage(target);
    expect(title).toBe('Comment on guidance 0.3: BND-3, Boundaries and functional units');
    expect(body).toMatch(
      /^Version: 0\.3 \(Consultation draft\)\nChapter: Boundaries and functional units\nProvision: BND-3\nPage: https:\/\/guidance\.example\/0\.3\/boundaries-and-functional-units\/#BND-3\n/,
    );
  });

  it('become a mailto: address or the filled-in template, every part encoded', () => {
    const mail = commentHref({ kind: 'email', address: 'comments@example.org' }, target);
    expect(mail.startsWith('mailto:comments@example.org?subject=Comment%20on%20guidance%200.3%3A%20BND-3')).toBe(true);
    expect(decodeURIComponent(new URL(mail).searchParams.get('body') ?? '')).toContain('Provision: BND-3');
    const issue = commentHref(
      { kind: 'template', template: 'https://github.com/o/r/issues/new?title={title}&body={body}' },
      { ...target, chapter: 'A & B <x>' },
    );
    const url = new URL(issue);
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('Comment on guidance 0.3: BND-3, A & B <x>');
  });
});
