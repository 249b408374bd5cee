export { exportDataset, datasetFormatList, DATASET_FORMATS, type DatasetFormatName } from './export-dataset';
export { parseCollateJsonl, type ParsedCollateJsonl } from '../formats/parse-collate-jsonl';
export { parseBratAnn, type BratAnn } from '../formats/brat/parse-ann';
export { tokenize, type Token } from '../text/tokenize';
export type { ExportFile, ExportInput, ExportOptions, ExportResult, OverlapPolicy, SplitOptions } from './types';
