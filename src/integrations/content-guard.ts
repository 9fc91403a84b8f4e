/**
 * An Astro integration that validates the whole content tree before Astro starts, so an invalid manifest
 * or front matter stops `astro build` and `astro dev` with a message naming the file, the field and what
 * was expected, instead of a stack trace from deep inside the content layer.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentTree } from './content-files.ts';
import { formatProblems, validateContentTree } from './content-validation.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'guidance-content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, chapters } = validateContentTree(readContentTree(root));
        if (problems.length) {
          const error = new Error(formatProblems(problems));
          error.name = 'InvalidGuidanceContent';
          // Keep the stack out of the way: the message is the whole story.
          error.stack = `${error.name}: ${error.message}`;
          throw error;
        }
        logger.info(`content valid: ${chapters.length} chapters`);
      },
    },
  };
}
