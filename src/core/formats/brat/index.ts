export {
  parseBratAnn,
  type BratAnn,
  type BratAttribute,
  type BratEntity,
  type BratNote,
  type BratRelation,
} from './parse-ann';
export {
  ATTRIBUTED_TO,
  BRAT_LABEL_MAP,
  CUED_BY,
  declaredBratLabels,
  parseAnnotationConf,
  parseBrat,
  reconcileBratNames,
  type BratAnnFile,
  type BratConf,
  type BratInput,
} from './parse';
export { bratFormat, bratName, writeBrat } from './serialize';
