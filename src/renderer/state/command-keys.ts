/**
 * The single keys the workbench itself acts on, with the action each one runs. A label may not take one of
 * them as its hotkey: the key would then do two things and the label could never be tagged by key.
 */
export const COMMAND_KEYS = {
  '?': 'Show the keyboard shortcuts',
  '/': 'Search',
  '+': 'Keep the selection as a fragment',
  a: 'Attribute the selected claim to a source',
  g: 'Put the selected claim in a new claim group',
  i: 'Show or hide the inspector',
  m: 'Claims matrix',
  p: 'Article panes',
  o: 'Sources view',
} as const satisfies Readonly<Record<string, string>>;

export type CommandKey = keyof typeof COMMAND_KEYS;

/** The action that owns a key, or null when the key is free for a label. */
export function commandOwningKey(key: string): string | null {
  return Object.hasOwn(COMMAND_KEYS, key) ? COMMAND_KEYS[key as CommandKey] : null;
}
