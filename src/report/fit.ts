// Keeps a Markdown report under a size limit (GitHub: 65,536 characters a comment, 1 MiB a job
// summary) by leaving whole deployments out from the end, and saying so.

/**
 * The longest rendering within `limit`: `render(kept)` draws the report with its first `kept`
 * deployments (most important first) and a line for the rest; the largest `kept` that fits wins.
 */
export function fitToLimit(
  count: number,
  render: (kept: number) => string,
  limit: number,
  measure: (text: string) => number,
): { text: string; omitted: number } {
  const whole = render(count);
  if (measure(whole) <= limit) return { text: whole, omitted: 0 };
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(render(mid)) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return { text: render(lo), omitted: count - lo };
}

export interface FittedReport {
  text: string;
  /** Deployments left out of the table. */
  omitted: number;
  /** Deployments in the table whose breakdown was left out. */
  omittedDetails: number;
}

/**
 * A report of `count` deployments within `limit`, giving up breakdowns before rows: a reviewer
 * needs every verdict more than every formula. `render(rows, details)` draws the first `rows`
 * table rows and the first `details` breakdowns.
 */
export function fitReport(
  count: number,
  render: (rows: number, details: number) => string,
  limit: number,
  measure: (text: string) => number,
): FittedReport {
  if (measure(render(count, 0)) <= limit) {
    const fitted = fitToLimit(count, (details) => render(count, details), limit, measure);
    return { text: fitted.text, omitted: 0, omittedDetails: fitted.omitted };
  }
  const fitted = fitToLimit(count, (rows) => render(rows, 0), limit, measure);
  return { text: fitted.text, omitted: fitted.omitted, omittedDetails: count - fitted.omitted };
}

export const chars = (text: string): number => text.length;
export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
