import type { LabelSchema } from '../model';

/** What a bundle uses: labels, attribute values per label, relation types with their ends. */
export interface SchemaNeeds {
  labels: Iterable<string>;
  attributes: Iterable<{ label: string; name: string; value: string }>;
  relations: Iterable<{ type: string; from: string; to: string }>;
  /** A schema the file declared: colours, attribute values, symmetry are taken from it. */
  declared?: Partial<LabelSchema>;
}

/** Colours for labels an import adds, distinct from the default schema's. */
export const IMPORT_PALETTE = [
  '#e4572e',
  '#8e44ad',
  '#17becf',
  '#bcbd22',
  '#e377c2',
  '#7f7f7f',
  '#8c564b',
  '#1b998b',
  '#ff7f0e',
  '#5c6bc0',
  '#c0392b',
  '#2ecc71',
];

function colourFor(name: string, taken: Set<string>): string {
  const free = IMPORT_PALETTE.find((c) => !taken.has(c.toLowerCase()));
  if (free) return free;
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return `#${(h & 0xffffff).toString(16).padStart(6, '0')}`;
}

/**
 * The schema an import needs: every label, attribute value and relation type it uses is added
 * (labels with a colour of their own, or the declared one), and a relation type that does not yet
 * allow the labels it joins is widened. Nothing is removed or renamed. Says what it changed.
 */
export function extendSchema(schema: LabelSchema, needs: SchemaNeeds): { schema: LabelSchema; changes: string[] } {
  const next: LabelSchema = structuredCloneSchema(schema);
  const changes: string[] = [];
  const taken = new Set(next.labels.map((l) => l.colour.toLowerCase()));
  const declaredLabel = (name: string) => needs.declared?.labels?.find((l) => l.name === name);
  const labelOf = (name: string) => {
    let label = next.labels.find((l) => l.name === name);
    if (!label) {
      const declared = declaredLabel(name);
      const colour =
        declared && declared.colour !== '#888888' && !taken.has(declared.colour.toLowerCase())
          ? declared.colour
          : colourFor(name, taken);
      taken.add(colour.toLowerCase());
      label = { name, colour, attributes: [] };
      next.labels.push(label);
      changes.push(`label "${name}" added`);
    }
    return label;
  };
  for (const name of needs.labels) labelOf(name);
  for (const { label: name, name: attribute, value } of needs.attributes) {
    const label = labelOf(name);
    let definition = label.attributes.find((a) => a.name === attribute);
    if (!definition) {
      const declared = declaredLabel(name)?.attributes?.find((a) => a.name === attribute);
      definition = { name: attribute, values: [...(declared?.values ?? [])] };
      label.attributes.push(definition);
      changes.push(`attribute "${attribute}" added to label "${name}"`);
    }
    if (!definition.values.includes(value)) {
      definition.values.push(value);
      if (
        definition.values.length > 1 ||
        changes[changes.length - 1] !== `attribute "${attribute}" added to label "${name}"`
      ) {
        changes.push(`value "${value}" added to ${name}'s "${attribute}"`);
      }
    }
  }
  for (const { type, from, to } of needs.relations) {
    let definition = next.relationTypes.find((t) => t.name === type);
    if (!definition) {
      const declared = needs.declared?.relationTypes?.find((t) => t.name === type);
      definition = { name: type, from: [], to: [], symmetric: declared?.symmetric ?? false };
      next.relationTypes.push(definition);
      changes.push(`relation type "${type}" added`);
      definition.from.push(from);
      definition.to.push(to);
      continue;
    }
    const allows = (labels: string[], label: string): boolean => labels.length === 0 || labels.includes(label);
    const fits =
      (allows(definition.from, from) && allows(definition.to, to)) ||
      (definition.symmetric && allows(definition.from, to) && allows(definition.to, from));
    if (fits) continue;
    if (!allows(definition.from, from)) definition.from.push(from);
    if (!allows(definition.to, to)) definition.to.push(to);
    changes.push(`relation type "${type}" now also links ${from} to ${to}`);
  }
  return { schema: next, changes: [...new Set(changes)] };
}

function structuredCloneSchema(schema: LabelSchema): LabelSchema {
  return {
    labels: schema.labels.map((l) => ({
      ...l,
      attributes: l.attributes.map((a) => ({ name: a.name, values: [...a.values] })),
    })),
    relationTypes: schema.relationTypes.map((t) => ({ ...t, from: [...t.from], to: [...t.to] })),
  };
}
