import { z } from 'zod';

/*
 * zod words its own messages ("Invalid input: expected string, received
 * number", "Unrecognized key") from a locale; it ships a Dutch one. Our
 * schemas' own messages are translated by the HTTP layer's catalogue.
 */
const english = z.locales.en();
const dutch = z.locales.nl();

function wording(result: ReturnType<typeof english.localeError>): string | undefined {
  return typeof result === 'string' ? result : (result?.message ?? undefined);
}

/** zod's Dutch message for an issue that carries zod's own (English) message; undefined for a schema's own message. */
export function dutchDefaultMessage(issue: z.core.$ZodIssue): string | undefined {
  const raw = issue as unknown as z.core.$ZodRawIssue;
  if (wording(english.localeError(raw)) !== issue.message) return undefined;
  return wording(dutch.localeError(raw));
}
