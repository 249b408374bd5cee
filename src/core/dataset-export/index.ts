export {
  canStream,
  exportDataset,
  exportDatasetStream,
  datasetFormatList,
  DATASET_FORMATS,
  type DatasetFormatName,
  type StreamedExportFile,
} from './export-dataset';
export type { ExportFile, ExportInput, ExportOptions, ExportResult, OverlapPolicy, SplitOptions } from './types';
