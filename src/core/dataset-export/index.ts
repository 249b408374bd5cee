export {
  canStream,
  exportDataset,
  exportDatasetStream,
  exportPlanStream,
  datasetPasses,
  datasetFormatList,
  DATASET_FORMATS,
  type DatasetFormatName,
  type StreamedExportFile,
} from './export-dataset';
export type { ExportFile, ExportInput, ExportOptions, ExportResult, OverlapPolicy, SplitOptions } from './types';
export type { PassPlan } from './prepare-in-passes';
