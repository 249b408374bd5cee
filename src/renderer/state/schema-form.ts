import type { AttributeDefinition, LabelSchema } from '../../core/model';
import { commandOwningKey } from './command-keys';

/** The label schema as the settings dialog edits it: lists and attributes as plain text. */
export interface LabelRow {
  name: string;
  colour: string;
  hotkey: string;
  /** "certainty: asserted, hedged; named: yes, no" */
  attributes: string;
}

export interface RelationRow {
  name: string;
  from: string;
  to: string;
  symmetric: boolean;
}

export interface SchemaForm {
  labels: LabelRow[];
  relationTypes: RelationRow[];
}

const list = (text: string): string[] =>
  text
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

export function formatAttributes(attributes: readonly AttributeDefinition[]): string {
  return attributes.map((a) => `${a.name}: ${a.values.join(', ')}`).join('; ');
}

export function parseAttributes(
  text: string,
): { ok: true; value: AttributeDefinition[] } | { ok: false; error: string } {
  const value: AttributeDefinition[] = [];
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const colon = part.indexOf(':');
    if (colon <= 0) return { ok: false, error: `“${part}” should read “name: value, value”.` };
    const name = part.slice(0, colon).trim();
    const values = list(part.slice(colon + 1));
    if (values.length === 0) return { ok: false, error: `The attribute “${name}” needs at least one value.` };
    value.push({ name, values });
  }
  return { ok: true, value };
}

export function schemaToForm(schema: LabelSchema): SchemaForm {
  return {
    labels: schema.labels.map((l) => ({
      name: l.name,
      colour: l.colour,
      hotkey: l.hotkey ?? '',
      attributes: formatAttributes(l.attributes),
    })),
    relationTypes: schema.relationTypes.map((r) => ({
      name: r.name,
      from: r.from.join(', '),
      to: r.to.join(', '),
      symmetric: r.symmetric,
    })),
  };
}

/** Turns the form back into a schema, or says what is wrong; the service checks the rest (duplicates, labels in use). */
export function formToSchema(form: SchemaForm): { ok: true; value: LabelSchema } | { ok: false; error: string } {
  const labels: LabelSchema['labels'] = [];
  for (const row of form.labels) {
    const name = row.name.trim();
    if (!name) return { ok: false, error: 'Every label needs a name.' };
    if (!/^#[0-9a-f]{6}$/i.test(row.colour))
      return { ok: false, error: `The colour of “${name}” should look like #1f77b4.` };
    const hotkey = row.hotkey.trim();
    if (hotkey.length > 1) return { ok: false, error: `The hotkey of “${name}” should be one key.` };
    const owner = commandOwningKey(hotkey);
    if (owner)
      return { ok: false, error: `The key “${hotkey}” is taken by “${owner}”; give “${name}” another hotkey.` };
    const attributes = parseAttributes(row.attributes);
    if (!attributes.ok) return { ok: false, error: `${name}: ${attributes.error}` };
    labels.push({ name, colour: row.colour, ...(hotkey ? { hotkey } : {}), attributes: attributes.value });
  }
  const relationTypes: LabelSchema['relationTypes'] = [];
  for (const row of form.relationTypes) {
    const name = row.name.trim();
    if (!name) return { ok: false, error: 'Every relation type needs a name.' };
    relationTypes.push({ name, from: list(row.from), to: list(row.to), symmetric: row.symmetric });
  }
  return { ok: true, value: { labels, relationTypes } };
}
