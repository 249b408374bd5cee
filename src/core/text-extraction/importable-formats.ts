import type { CollateDocument } from '../model';

/** What an importer hands the service: a document less what the service adds (id, hashes, source, time). */
export type ImportedDocument = Pick<
  CollateDocument,
  'title' | 'format' | 'encoding' | 'notes' | 'text' | 'outlet' | 'author' | 'published' | 'pages' | 'boilerplate'
>;

/** Every file extension Collate imports, lower case without the dot, with the format it becomes. */
export const IMPORTABLE_FORMATS = {
  txt: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
  epub: 'epub',
} as const satisfies Record<string, CollateDocument['format']>;

export type ImportableExtension = keyof typeof IMPORTABLE_FORMATS;

export const IMPORTABLE_EXTENSIONS = Object.keys(IMPORTABLE_FORMATS) as ImportableExtension[];

/** For a file input's `accept` attribute: ".txt,.md,…". */
export const IMPORT_ACCEPT = IMPORTABLE_EXTENSIONS.map((e) => `.${e}`).join(',');

/** The lower-case extension of a file name, without the dot ('' when it has none). */
export function extensionOf(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function importableFormatOf(fileName: string): CollateDocument['format'] | null {
  const extension = extensionOf(fileName);
  return Object.prototype.hasOwnProperty.call(IMPORTABLE_FORMATS, extension)
    ? IMPORTABLE_FORMATS[extension as ImportableExtension]
    : null;
}

export const unsupportedMessage = (fileName: string): string => {
  const extension = extensionOf(fileName);
  const list = IMPORTABLE_EXTENSIONS.map((e) => `.${e}`).join(', ');
  return extension === ''
    ? `The file has no extension, so Collate cannot tell its type (supported: ${list}).`
    : `Files of type ".${extension}" cannot be imported (supported: ${list}).`;
};
