import { CollateError } from '../core/collate-error';
import type { LabelSchema, Relation, SpanAnnotation } from '../core/model';
import { checkSchemaChange } from '../core/schema-rules';
import type { JsonStore } from './json-store';
import type { Manifest } from './store-kinds';

/** What a schema change reads: every span and relation in use, and the manifest it writes. */
export interface SchemaContext {
  manifest: JsonStore<Manifest>;
  documentIds(): string[];
  spansOf(documentId: string): Promise<SpanAnnotation[]>;
  relations(): Relation[];
}

const count = <T>(
  items: Iterable<T>,
  key: (item: T) => string,
  into = new Map<string, number>(),
): Map<string, number> => {
  for (const item of items) into.set(key(item), (into.get(key(item)) ?? 0) + 1);
  return into;
};

/** Replaces the label schema, refusing to drop labels or relation types still in use. */
export async function updateSchema(context: SchemaContext, schema: LabelSchema): Promise<LabelSchema> {
  const labels = new Map<string, number>();
  for (const id of context.documentIds()) count(await context.spansOf(id), (s) => s.label, labels);
  const relationTypes = count(context.relations(), (r) => r.type);
  // Only what the current schema defines can be dropped by a change; a name it never had cannot block one.
  const current = context.manifest.data.schema;
  for (const label of labels.keys()) if (!current.labels.some((l) => l.name === label)) labels.delete(label);
  for (const type of relationTypes.keys())
    if (!current.relationTypes.some((t) => t.name === type)) relationTypes.delete(type);
  const checked = checkSchemaChange(schema, { labels, relationTypes });
  if (!checked.ok) throw new CollateError(checked.error.code, checked.error.message);
  return context.manifest.update((data) => ({ next: { ...data, schema: checked.value }, result: checked.value }));
}
