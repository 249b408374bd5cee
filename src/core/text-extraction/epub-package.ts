import { fail, ok, type Result } from '../result';
import { attribute, childElements, findElement, parseXml, textOf, type XmlElement } from './parse-xml';
import { resolveZipPath } from './read-zip-directory';

export interface EpubPackage {
  /** Archive paths of the spine's content documents, in reading order. */
  spine: string[];
  title?: string;
  author?: string;
  publisher?: string;
  date?: string;
}

/** The package (OPF) file that `META-INF/container.xml` points to. */
export function epubRootfile(containerXml: string): Result<string> {
  const parsed = parseXml(containerXml);
  if (!parsed.ok) return fail('bad-epub', `The EPUB's META-INF/container.xml is damaged: ${parsed.error.message}`);
  const rootfile = findElement(parsed.value, 'rootfile');
  const path = rootfile && attribute(rootfile, 'full-path');
  return path
    ? ok(resolveZipPath('', path))
    : fail('bad-epub', "The EPUB's META-INF/container.xml names no package file.");
}

function metadataText(metadata: XmlElement | undefined, local: string): string | undefined {
  if (!metadata) return undefined;
  const element = childElements(metadata, local)[0];
  const value = element ? textOf(element).replace(/\s+/g, ' ').trim() : '';
  return value || undefined;
}

const CONTENT_TYPES = new Set(['application/xhtml+xml', 'text/html', 'application/x-dtbook+xml']);

/** Reads an EPUB package document: its spine (content documents only, resolved to archive paths) and metadata. */
export function readEpubPackage(opfXml: string, opfPath: string): Result<EpubPackage> {
  const parsed = parseXml(opfXml);
  if (!parsed.ok) return fail('bad-epub', `The EPUB's package file ${opfPath} is damaged: ${parsed.error.message}`);
  const manifest = findElement(parsed.value, 'manifest');
  const spineElement = findElement(parsed.value, 'spine');
  if (!manifest || !spineElement)
    return fail('bad-epub', `The EPUB's package file ${opfPath} has no manifest or no spine.`);
  const items = new Map<string, { href: string; type: string }>();
  for (const item of childElements(manifest, 'item')) {
    const id = attribute(item, 'id');
    const href = attribute(item, 'href');
    if (id && href) items.set(id, { href, type: attribute(item, 'media-type') ?? '' });
  }
  const spine: string[] = [];
  for (const ref of childElements(spineElement, 'itemref')) {
    const item = items.get(attribute(ref, 'idref') ?? '');
    if (!item || !CONTENT_TYPES.has(item.type)) continue;
    const path = resolveZipPath(opfPath, item.href);
    if (!spine.includes(path)) spine.push(path);
  }
  const metadata = findElement(parsed.value, 'metadata');
  const result: EpubPackage = { spine };
  const fields: Array<[keyof Omit<EpubPackage, 'spine'>, string]> = [
    ['title', 'title'],
    ['author', 'creator'],
    ['publisher', 'publisher'],
    ['date', 'date'],
  ];
  for (const [key, local] of fields) {
    const value = metadataText(metadata, local);
    if (value) result[key] = value;
  }
  return ok(result);
}
