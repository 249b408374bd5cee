import { createSpan } from './create-span';
import { SpanAnnotation, type CollateDocument, type LabelSchema } from './model';
import { fail, ok, type Result } from './result';

/**
 * Checks a span handed back for undo as strictly as a new one: its shape, its document, its label
 * and attributes in the schema, and (unless orphaned by a re-import) offsets that fit the text and
 * give back its quote.
 */
export function checkRestoredSpan(
  document: Pick<CollateDocument, 'id' | 'text' | 'title'>,
  schema: LabelSchema,
  given: unknown,
): Result<SpanAnnotation> {
  const parsed = SpanAnnotation.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return fail('bad-request', `The span to restore is not valid${where}: ${issue?.message ?? 'invalid'}.`);
  }
  const span = parsed.data;
  if (span.documentId !== document.id)
    return fail('bad-request', `The span to restore belongs to ${span.documentId}, not ${document.id}.`);
  const label = schema.labels.find((l) => l.name === span.label);
  if (!label) return fail('unknown-label', `There is no label "${span.label}" in this workspace's schema.`);
  for (const [name, value] of Object.entries(span.attributes)) {
    const definition = label.attributes.find((a) => a.name === name);
    if (!definition) return fail('unknown-attribute', `Label "${span.label}" has no attribute "${name}".`);
    if (!definition.values.includes(value))
      return fail('bad-attribute', `"${value}" is not a value of ${span.label}'s "${name}".`);
  }
  if (span.orphaned) return ok(span);
  const remade = createSpan(
    document,
    schema,
    { label: span.label, start: span.start, end: span.end, fragments: span.fragments },
    { id: span.id, author: span.author, now: span.created },
  );
  if (!remade.ok) return remade;
  if (remade.value.quote !== span.quote || remade.value.start !== span.start || remade.value.end !== span.end) {
    return fail('stale-span', `The span "${span.quote}" no longer matches the text of "${document.title}".`);
  }
  return ok(span);
}
