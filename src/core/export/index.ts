export { exportDataset, datasetFormatList, DATASET_FORMATS, type DatasetFormatName } from './export-dataset';
export { parseCollateJsonl, type ParsedCollateJsonl } from './parse-collate-jsonl';
export { parseBratAnn, type BratAnn } from './parse-brat-ann';
export { tokenize, type Token } from './tokenize';
export type { ExportFile, ExportInput, ExportOptions, ExportResult, OverlapPolicy, SplitOptions } from './types';
