import { Node } from '@tiptap/core';

/** The smallest schema that holds an article: a document of paragraphs of plain text, no marks. */
export const ArticleDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'paragraph+',
});

export const ArticleParagraph = Node.create({
  name: 'paragraph',
  group: 'block',
  content: 'text*',
  marks: '',
  parseHTML: () => [{ tag: 'p' }],
  renderHTML: () => ['p', 0],
});

export const ArticleText = Node.create({
  name: 'text',
  group: 'inline',
});
