export {
  importAnnotatedFiles,
  type AnnotatedImportOutcome,
  type AnnotationImportHost,
  type AnnotationImportOptions,
  type BatchFile,
} from './import-annotated';
