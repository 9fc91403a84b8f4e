/** The id of a field's input: one rule, so labels, error links and tests agree. */
export const fieldId = (prefix: string, key: string) => `${prefix}-${key.replace(/[^a-zA-Z0-9]+/g, '-')}`;
