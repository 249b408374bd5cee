import type { LabelSchema } from './model';
import { fail, ok, type Result } from './result';

export interface SchemaUsage {
  /** Spans per label name. */
  labels: ReadonlyMap<string, number>;
  /** Relations per relation type. */
  relationTypes: ReadonlyMap<string, number>;
}

function duplicate(values: string[]): string | undefined {
  const seen = new Set<string>();
  return values.find((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/**
 * Checks a new schema before it replaces the old one: names and hotkeys unique, relation types
 * naming existing labels, and nothing removed that annotations still use.
 */
export function checkSchemaChange(next: LabelSchema, usage: SchemaUsage): Result<LabelSchema> {
  const names = next.labels.map((l) => l.name);
  const twice = duplicate(names);
  if (twice) return fail('bad-schema', `Two labels are called "${twice}".`);
  const hotkey = duplicate(next.labels.flatMap((l) => (l.hotkey ? [l.hotkey.toLowerCase()] : [])));
  if (hotkey) return fail('bad-schema', `Two labels use the hotkey "${hotkey}".`);
  const typeTwice = duplicate(next.relationTypes.map((t) => t.name));
  if (typeTwice) return fail('bad-schema', `Two relation types are called "${typeTwice}".`);
  for (const label of next.labels) {
    const attribute = duplicate(label.attributes.map((a) => a.name));
    if (attribute) return fail('bad-schema', `Label "${label.name}" has two attributes called "${attribute}".`);
  }
  for (const type of next.relationTypes) {
    const unknown = [...type.from, ...type.to].find((l) => !names.includes(l));
    if (unknown)
      return fail('bad-schema', `Relation type "${type.name}" names a label "${unknown}" that does not exist.`);
  }
  for (const [label, count] of usage.labels) {
    if (count > 0 && !names.includes(label))
      return fail('label-in-use', `Label "${label}" is used by ${count} span(s); relabel or delete them first.`);
  }
  for (const [type, count] of usage.relationTypes) {
    if (count > 0 && !next.relationTypes.some((t) => t.name === type)) {
      return fail(
        'relation-type-in-use',
        `Relation type "${type}" is used by ${count} relation(s); delete them first.`,
      );
    }
  }
  return ok(next);
}
