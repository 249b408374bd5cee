import { fail, ok, type Result } from '../result';
import { isCollateJsonlV2, parseCollateJsonlBundle } from '../formats/collate-jsonl';
import { isJsonlRecord, parseJsonlRecords } from '../formats/jsonl';
import { isDoccanoRecord, parseDoccano, type DoccanoOptions } from '../formats/doccano';
import { isLabelStudioTask, parseLabelStudio } from '../formats/label-studio';
import type { AnnotationBundle } from './types';

export interface AnnotationFileOptions {
  doccano?: DoccanoOptions;
}

type Line = { line: number; value: unknown };

function jsonLines(content: string): { records: Line[]; bad: Array<{ line: number }> } {
  const records: Line[] = [];
  const bad: Array<{ line: number }> = [];
  content.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    try {
      records.push({ line: i + 1, value: JSON.parse(line) });
    } catch {
      bad.push({ line: i + 1 });
    }
  });
  return { records, bad };
}

function fromRecords(fileName: string, records: Line[], options: AnnotationFileOptions): Result<AnnotationBundle> {
  const first = records[0]?.value;
  if (isJsonlRecord(first)) return ok(parseJsonlRecords(fileName, records));
  if (isDoccanoRecord(first)) return ok(parseDoccano(fileName, records, options.doccano));
  if (isLabelStudioTask(first))
    return ok(
      parseLabelStudio(
        fileName,
        records.map((r) => r.value),
      ),
    );
  return fail(
    'unknown-annotation-format',
    `${fileName}: not an annotation format Collate reads (Collate JSONL, Label Studio tasks, doccano JSONL).`,
  );
}

/**
 * Reads a `.json` / `.jsonl` annotation file, recognising its format by content: Collate JSONL v2
 * (header line), Collate's one-line-per-document JSONL, Label Studio tasks (JSON array, one task,
 * or one task a line), doccano JSONL (or a JSON array of doccano records). A line that is not JSON
 * fails that line only, once the file is recognised.
 */
export function parseAnnotationFile(
  fileName: string,
  content: string,
  options: AnnotationFileOptions = {},
): Result<AnnotationBundle> {
  if (content.trim() === '') return fail('empty', `${fileName}: the file is empty.`);
  const text = content.replace(/^\uFEFF/, '');
  let whole: unknown;
  let isWhole = false;
  try {
    whole = JSON.parse(text);
    isWhole = true;
  } catch {
    // Not one JSON value: JSON Lines, or broken.
  }
  let result: Result<AnnotationBundle>;
  if (isWhole && (Array.isArray(whole) || !isCollateJsonlV2(whole))) {
    if (Array.isArray(whole)) {
      if (whole.length === 0) return fail('empty', `${fileName}: the file holds an empty list.`);
      result = fromRecords(
        fileName,
        whole.map((value, i) => ({ line: i + 1, value })),
        options,
      );
      if (result.ok && result.value.format !== 'label-studio') {
        for (const f of result.value.failures) f.origin = f.origin.replace(/ line (\d+)$/, ' item $1');
        for (const d of result.value.documents) d.origin = d.origin.replace(/ line (\d+)$/, ' item $1');
      }
    } else {
      result = fromRecords(fileName, [{ line: 1, value: whole }], options);
    }
  } else {
    const { records, bad } = jsonLines(text);
    if (records.length === 0)
      return fail('not-json', `${fileName}: not JSON (line ${bad[0]?.line ?? 1} cannot be read).`);
    if (isCollateJsonlV2(records[0]!.value)) return parseCollateJsonlBundle(fileName, text);
    if (bad.length > 0 && bad[0]!.line < records[0]!.line)
      return fail('not-json', `${fileName}: line ${bad[0]!.line} is not JSON.`);
    result = fromRecords(fileName, records, options);
    if (result.ok)
      for (const b of bad)
        result.value.failures.push({ origin: `${fileName} line ${b.line}`, reason: 'the line is not JSON.' });
  }
  if (result.ok && result.value.documents.length === 0 && result.value.failures.length === 0) {
    return fail('empty', `${fileName}: the file holds no documents.`);
  }
  return result;
}
