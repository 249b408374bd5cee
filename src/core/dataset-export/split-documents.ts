import { fnv1a } from '../text/fnv1a';
import type { SplitOptions } from './types';

export type SplitPart = 'train' | 'dev' | 'test';
export const SPLIT_PARTS: readonly SplitPart[] = ['train', 'dev', 'test'];

/**
 * Assigns each document to train, dev or test. Deterministic: documents are ordered by a hash of
 * seed and id (ties by id), whatever their input order, and the first ones fill train, then dev;
 * the rest go to test. Part sizes are the proportions rounded; the same seed gives the same split.
 */
export function splitDocuments(documentIds: readonly string[], split: SplitOptions): Map<string, SplitPart> {
  const weights = [split.train, split.dev, split.test];
  if (weights.some((w) => !Number.isFinite(w) || w < 0) || weights.every((w) => w === 0)) {
    throw new RangeError('Split proportions must be non-negative numbers, not all zero.');
  }
  const total = split.train + split.dev + split.test;
  const ids = [...new Set(documentIds)];
  const ordered = ids
    .map((id) => ({ id, key: fnv1a(`${split.seed}\u0000${id}`) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const trainCount = Math.round((ids.length * split.train) / total);
  const devCount = Math.min(ids.length - trainCount, Math.round((ids.length * split.dev) / total));
  const result = new Map<string, SplitPart>();
  ordered.forEach(({ id }, i) => result.set(id, i < trainCount ? 'train' : i < trainCount + devCount ? 'dev' : 'test'));
  return result;
}
