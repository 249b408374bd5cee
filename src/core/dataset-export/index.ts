export { exportDataset, datasetFormatList, DATASET_FORMATS, type DatasetFormatName } from './export-dataset';
export type { ExportFile, ExportInput, ExportOptions, ExportResult, OverlapPolicy, SplitOptions } from './types';
