/** A problem found in staff content, and the one way it is printed (by the checker and by the build). */
export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  /** The field as staff type it, e.g. `date` or `campaigns[2]`. */
  field?: string;
  message: string;
}

/** One problem as a line staff read. */
export function formatProblem(p: ContentProblem): string {
  const where = [p.line !== undefined ? `dòng ${p.line}` : null, p.field ? `trường "${p.field}"` : null].filter(Boolean).join(', ');
  return `${p.file}${where ? ` (${where})` : ''}: ${p.message}`;
}

/** The error the build stops with: every problem, one line each, in Vietnamese. */
export function problemsError(title: string, problems: ContentProblem[]): Error {
  return new Error(`${title}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
}
