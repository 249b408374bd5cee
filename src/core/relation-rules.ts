import type { LabelSchema, Relation, SpanAnnotation } from './model';
import { fail, ok, type Result } from './result';

/** Checks that a relation of this type may join these two spans under the schema. */
export function checkRelation(
  schema: LabelSchema,
  type: string,
  from: SpanAnnotation,
  to: SpanAnnotation,
): Result<true> {
  const definition = schema.relationTypes.find((t) => t.name === type);
  if (!definition)
    return fail('unknown-relation-type', `There is no relation type "${type}" in this workspace's schema.`);
  if (from.id === to.id) return fail('self-relation', 'A span cannot be linked to itself.');
  const allows = (labels: string[], label: string): boolean => labels.length === 0 || labels.includes(label);
  const forward = allows(definition.from, from.label) && allows(definition.to, to.label);
  const backward = definition.symmetric && allows(definition.from, to.label) && allows(definition.to, from.label);
  if (!forward && !backward) {
    return fail(
      'relation-not-allowed',
      `"${type}" links ${definition.from.join('/') || 'any label'} to ${definition.to.join('/') || 'any label'}, not ${from.label} to ${to.label}.`,
    );
  }
  return ok(true);
}

/** The relation already joining the same spans with the same type (either way round when symmetric). */
export function findSameRelation(
  schema: LabelSchema,
  relations: readonly Relation[],
  type: string,
  from: string,
  to: string,
): Relation | undefined {
  const symmetric = schema.relationTypes.find((t) => t.name === type)?.symmetric ?? false;
  return relations.find(
    (r) => r.type === type && ((r.from === from && r.to === to) || (symmetric && r.from === to && r.to === from)),
  );
}
