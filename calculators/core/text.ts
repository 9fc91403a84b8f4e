/** Free-text fields: plain text only. Markup is refused with a message that never repeats the text. */
import * as z from 'zod/mini';

const MARKUP = /[<>]|&[#a-z0-9]+;|javascript:/i;

export function plainText(label: string, maxLength = 200) {
  return z.string({ error: `${label} must be text` }).check(
    z.superRefine((value, ctx) => {
      if (MARKUP.test(value)) {
        ctx.issues.push({
          code: 'custom',
          message: `${label} must be plain text: markup such as < > or HTML entities is not allowed`,
          input: undefined,
        });
      } else if (value.length > maxLength) {
        ctx.issues.push({ code: 'custom', message: `${label} must be at most ${maxLength} characters`, input: undefined });
      }
    }),
  );
}
