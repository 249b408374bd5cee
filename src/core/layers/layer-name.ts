import { fail, ok, type Result } from '../result';

/** The adjudicated layer: spans an adjudicator made from the annotators' layers (`layer: 'curated'`). */
export const CURATED_LAYER = 'curated';
/** Every annotator's own layer together (the curated layer is not part of it). */
export const ALL_LAYERS = 'all';

/** Which spans a view or an export takes: the curated layer, every annotator's layer, or one annotator's. */
export type LayerSelector = string;

const RESERVED = new Set([CURATED_LAYER, ALL_LAYERS]);

/**
 * An annotator's name as it may be stored and shown: trimmed, 1–100 characters, no control characters,
 * not a reserved layer name (`curated`, `all`).
 */
export function checkAnnotatorName(name: string): Result<string> {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 100 || /[\u0000-\u001f\u007f]/.test(trimmed)) {
    return fail('bad-annotator', `${JSON.stringify(name.slice(0, 100))} is not a usable annotator name.`);
  }
  if (RESERVED.has(trimmed.toLowerCase())) {
    return fail('bad-annotator', `"${trimmed}" names a layer (curated, all); choose another annotator name.`);
  }
  return ok(trimmed);
}

/** Names that may become part of a file name: letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
const PATH_SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** An annotator's name checked before it becomes part of a path (as ids are). */
export function pathSafeAnnotator(name: string): Result<string> {
  if (!PATH_SAFE_NAME.test(name) || name.includes('..')) {
    return fail(
      'bad-annotator',
      `${JSON.stringify(name.slice(0, 100))} cannot name a file: use letters, digits, ".", "_" or "-" (at most 64).`,
    );
  }
  return ok(name);
}

/** `curated`, `all` or an annotator's name, checked. */
export function parseLayerSelector(text: string): Result<LayerSelector> {
  const trimmed = text.trim();
  if (RESERVED.has(trimmed.toLowerCase())) return ok(trimmed.toLowerCase());
  const name = checkAnnotatorName(trimmed);
  return name.ok
    ? ok(name.value)
    : fail('bad-layer', `Layer must be curated, all or an annotator's name: ${name.error.message}`);
}
