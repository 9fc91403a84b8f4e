/** Today's date as YYYY-MM-DD (UTC), for exports and citations. */
export const today = (): string => new Date().toISOString().slice(0, 10);
