import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { words } from '../text/words';

const maxIssuesShown = 3;
/** Issues can quote the sender's own keys; a bound keeps the message readable and within the Result schema. */
const maxIssueLength = 200;

const bounded = (text: string) => (text.length > maxIssueLength ? `${text.slice(0, maxIssueLength - 1)}…` : text);

function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, maxIssuesShown).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'payload';
    return bounded(`${where}: ${issue.message}`);
  });
  const more = error.issues.length - maxIssuesShown;
  return parts.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/**
 * Validates a payload crossing a process boundary (request names it); the message names the field at
 * fault. The issues stay as the schema wrote them: the renderer reads the field's path from them.
 */
export function validatePayload<S extends z.ZodType>(schema: S, payload: unknown, request: string): Result<z.infer<S>> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return ok(parsed.data);
  return err('invalid-request', words('general.requestRefused', { request, issues: describeIssues(parsed.error) }));
}
