export { alignFragments, alignImportedText } from './align-text';
export {
  declaredBratLabels,
  parseAnnotationConf,
  parseBrat,
  reconcileBratNames,
  type BratAnnFile,
  type BratConf,
  type BratInput,
} from '../formats/brat/index';
export { extendSchema, IMPORT_PALETTE, type SchemaNeeds } from './extend-schema';
export { parseAnnotationFile, type AnnotationFileOptions } from './parse-annotation-file';
export { ANNOTATION_EXTENSIONS, isAnnotationFileName, planBatch, type BatchItem } from './plan-batch';
export type {
  AnnotatedText,
  AnnotationBundle,
  AnnotationFormat,
  ImportedClaimGroup,
  ImportedRelation,
  ImportedSpan,
} from './types';
export { isCollateDatasetCard } from './dataset-card-file';
