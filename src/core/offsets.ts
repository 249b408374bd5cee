/** Offset units an export can declare. Inside the app offsets are UTF-16 string indices. */
export type OffsetUnit = 'codepoint' | 'utf16';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Converts offsets of one text between UTF-16 indices and code points in O(log n) per lookup.
 * Built once per text: it records where each astral-plane character (a surrogate pair) starts.
 */
export class OffsetIndex {
  private readonly pairStarts: number[] = [];
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
        this.pairStarts.push(i);
        i++;
      }
    }
    this.utf16Length = text.length;
    this.codePointLength = text.length - this.pairStarts.length;
  }

  /** Code-point offset of a UTF-16 index; an index inside a pair counts as the pair's start. */
  toCodePoint(utf16: number): number {
    return utf16 - this.countPairsStartingBefore(utf16);
  }

  /** UTF-16 index of a code-point offset. */
  toUtf16(codePoint: number): number {
    let lo = 0;
    let hi = this.pairStarts.length;
    // Find how many pairs start before the target: pair k starts at code point pairStarts[k] - k.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairStarts[mid]! - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }

  convert(offset: number, from: OffsetUnit, to: OffsetUnit): number {
    if (from === to) return offset;
    return from === 'utf16' ? this.toCodePoint(offset) : this.toUtf16(offset);
  }

  private countPairsStartingBefore(index: number): number {
    let lo = 0;
    let hi = this.pairStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairStarts[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** True when a UTF-16 index falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  return index > 0 && index < text.length && isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index));
}

/** Slices a string by code-point offsets, as Python's `text[start:end]` does. */
export function sliceByCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
