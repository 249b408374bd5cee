import type { JSONContent } from '@tiptap/core';

/** The editor document for a text: one paragraph per line, an empty line an empty paragraph. */
export function textToDocContent(text: string): JSONContent {
  return {
    type: 'doc',
    content: text.split('\n').map((line) =>
      line === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] },
    ),
  };
}
