import { describe, expect, it } from 'vitest';
import { defaultSchema } from '../../core/default-schema';
import { formToSchema, parseAttributes, schemaToForm } from './schema-form';

describe('schema form', () => {
  it('round-trips the default schema', () => {
    const back = formToSchema(schemaToForm(defaultSchema));
    expect(back.ok && back.value).toEqual(defaultSchema);
  });
  it('parses attributes and reports mistakes', () => {
    expect(parseAttributes('tone: calm, angry ; named: yes')).toEqual({
      ok: true,
      value: [
        { name: 'tone', values: ['calm', 'angry'] },
        { name: 'named', values: ['yes'] },
      ],
    });
    expect(parseAttributes('tone').ok).toBe(false);
    expect(parseAttributes('tone:').ok).toBe(false);
    const form = schemaToForm(defaultSchema);
    form.labels[0]!.colour = 'red';
    expect(formToSchema(form).ok).toBe(false);
  });
  it('refuses a hotkey the workbench acts on, naming the action that owns it', () => {
    const form = schemaToForm(defaultSchema);
    form.labels[0]!.hotkey = 'a';
    const result = formToSchema(form);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('Attribute the selected claim to a source');
    form.labels[0]!.hotkey = 'x';
    expect(formToSchema(form).ok).toBe(true);
  });
});
