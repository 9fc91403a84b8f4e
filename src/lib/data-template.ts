/**
 * The contributing-data template, generated from the engine's disclosure schema so the downloads can
 * never drift from what the disclosure builder produces: a JSON Schema and a CSV with one worked row.
 */
import { disclosureCsv, disclosureExamples, disclosureJsonSchema, evaluateDisclosure } from '../../calculators/disclosure/index.ts';

export const TEMPLATE_EXAMPLE = 'article-drafting-disclosure';

export function templateJsonSchema(): string {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Disclosure statement: energy use and emissions of a generative AI use case',
    description:
      'One disclosure statement as defined by the guidance (chapter "Reporting and transparency"). Generated from the calculation engine\u2019s disclosure schema; contributions to the working group use the same shape.',
    ...disclosureJsonSchema(),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The CSV header and one row filled in from the worked example, so contributors see the format. */
export function templateCsv(coefficientSet: string): string {
  const outcome = evaluateDisclosure(disclosureExamples[TEMPLATE_EXAMPLE].input, { coefficientSet });
  if (!outcome.ok)
    throw new Error(`The ${TEMPLATE_EXAMPLE} example no longer evaluates: ${outcome.errors.map((e) => e.message).join('; ')}`);
  return disclosureCsv(outcome.result.statement);
}
