/**
 * "Comment on this" links on the versions open for comment: a pre-filled message (version, chapter,
 * provision id and the page's address) to the one destination the site is configured with (FEEDBACK_TO,
 * see README "Deploying"): an e-mail address, or an issue-tracker address template with {title} and
 * {body} where the subject and the message go. Plain links: no script and no request to anyone until the
 * reader follows one.
 */
import type { VersionStatus } from './content-schema.ts';

/**
 * The versions readers may comment on: a draft, and the current version, which is itself put out for
 * consultation (0.2 is the "Consultation draft") and is what comments on the next draft start from. A
 * superseded or withdrawn version asks for none: the working group no longer revises it.
 */
export function openForComment(status: VersionStatus): boolean {
  return status === 'draft' || status === 'current';
}

export type FeedbackDestination = { kind: 'email'; address: string } | { kind: 'template'; template: string };

const EMAIL = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[A-Za-z]{2,}$/;

/**
 * The destination from the configured value; undefined when unset or blank (no links appear). A value
 * that is neither an e-mail address nor an https address with {title} or {body} stops the build with
 * a message saying what is expected.
 */
export function parseFeedbackDestination(value: string | undefined): FeedbackDestination | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const address = text.replace(/^mailto:/i, '');
  if (EMAIL.test(address)) return { kind: 'email', address };
  let url: URL | undefined;
  try {
    url = new URL(text.replace(/\{(title|body)\}/g, 'x'));
  } catch {
    url = undefined;
  }
  if (url?.protocol === 'https:' && /\{(title|body)\}/.test(text)) return { kind: 'template', template: text };
  throw new Error(
    'FEEDBACK_TO: expected an e-mail address (comments@example.org) or an https issue-tracker address with {title} and {body} ' +
      '(https://github.com/org/repo/issues/new?title={title}&body={body}); leave it unset to show no "Comment on this" links',
  );
}

export interface CommentTarget {
  version: { id: string; title: string };
  /** The chapter's title, when the comment is about a chapter or a provision in it. */
  chapter?: string;
  /** The provision's id, when the comment is about one. */
  provision?: string;
  /** The page's address (absolute when the site's address is known). */
  url: string;
}

/** The subject and the pre-filled message. */
export function commentMessage(target: CommentTarget): { title: string; body: string } {
  const about = [target.provision, target.chapter].filter(Boolean).join(', ');
  const title = `Comment on guidance ${target.version.id}${about ? `: ${about}` : ''}`;
  const body = [
    `Version: ${target.version.id} (${target.version.title})`,
    ...(target.chapter ? [`Chapter: ${target.chapter}`] : []),
    ...(target.provision ? [`Provision: ${target.provision}`] : []),
    `Page: ${target.url}`,
    '',
    'Comment (quote the words you comment on):',
    '',
    '',
    'Proposed wording, if any:',
    '',
    '',
    'Evidence or experience behind the comment:',
    '',
    '',
    'May the working group attribute this comment to you or your organisation?',
    '',
  ].join('\n');
  return { title, body };
}

/** The link's address: a mailto: with subject and body, or the template filled in. */
export function commentHref(destination: FeedbackDestination, target: CommentTarget): string {
  const { title, body } = commentMessage(target);
  if (destination.kind === 'email')
    return `mailto:${destination.address}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  return destination.template.replace(/\{title\}/g, encodeURIComponent(title)).replace(/\{body\}/g, encodeURIComponent(body));
}
