/**
 * Acceptance: every annotation of Collate's W3C export passes every "must" assertion of the W3C Web
 * Annotation test suite (annotations/annotationMusts.test, which includes the Specific Resource
 * selector assertions), and the collection passes the collection and page "must" assertions. The
 * suite is read from `../shared/conformance/w3c-web-annotation` beside the repository, never copied
 * here; without it the tests are skipped and say why.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DATE, fixtureInput } from '../../src/core/formats/__fixtures__/dataset';
import { exportDataset } from '../../src/core/dataset-export/export-dataset';
import { exportText } from '../../src/core/dataset-export/export-text';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const suite = join(repoRoot, '../shared/conformance/w3c-web-annotation');
const present = existsSync(join(suite, 'annotations/annotationMusts.test')) && existsSync(join(suite, 'definitions'));
const reason = `the W3C Web Annotation test suite is not at ${suite}`;

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
type Json = Record<string, unknown>;

function loadSuite(): { validator: (assertion: string) => Validate; musts: (testFile: string) => string[] } {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  for (const file of readdirSync(join(suite, 'definitions')).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(suite, 'definitions', file), 'utf8')) as Json);
  }
  const compiled = new Map<string, Validate>();
  return {
    validator(assertion) {
      let v = compiled.get(assertion);
      if (!v) {
        const schema = JSON.parse(readFileSync(join(suite, assertion), 'utf8')) as Json;
        expect(schema.expectedResult ?? 'valid').toBe('valid');
        v = (ajv.getSchema(String(schema.id)) as Validate | undefined) ?? (ajv.compile(schema) as Validate);
        compiled.set(assertion, v);
      }
      return v;
    },
    musts(testFile) {
      return (JSON.parse(readFileSync(join(suite, testFile), 'utf8')) as { assertions: string[] }).assertions;
    },
  };
}

function exported(): Json {
  const file = exportDataset('w3c', fixtureInput(), { date: DATE }).files.find((f) => f.path === 'annotations.jsonld')!;
  return JSON.parse(exportText(file)) as Json;
}

const failures = (validate: Validate, value: unknown, label: string): string[] =>
  validate(value) ? [] : [`${label}: ${JSON.stringify(validate.errors).slice(0, 400)}`];

describe.skipIf(!present)(`W3C Web Annotation conformance${present ? '' : ` (skipped: ${reason})`}`, () => {
  const { validator, musts } = present ? loadSuite() : { validator: () => (() => true) as Validate, musts: () => [] };

  it('every exported annotation passes every "must" assertion of annotationMusts.test', () => {
    const items = (exported().first as { items: Json[] }).items;
    expect(items).toHaveLength(17);
    const assertions = musts('annotations/annotationMusts.test');
    expect(assertions.length).toBeGreaterThan(50);
    expect(assertions.filter((a) => a.startsWith('annotations/specificResource/')).length).toBeGreaterThanOrEqual(10);
    const problems = items.flatMap((item) =>
      assertions.flatMap((a) => failures(validator(a), item, `${String(item.id)} × ${a}`)),
    );
    expect(problems).toEqual([]);
  });

  it('span annotations implement the TextQuoteSelector and TextPositionSelector features', () => {
    const spans = (exported().first as { items: Json[] }).items.filter((i) => i.motivation === 'tagging');
    const features = [
      'annotations/specificResource/4.2.4-textQuoteSelector.json',
      'annotations/specificResource/4.2.5-textPositionSelector.json',
    ];
    const problems = spans.flatMap((item) =>
      features.flatMap((a) => failures(validator(a), item, `${String(item.id)} × ${a}`)),
    );
    expect(problems).toEqual([]);
  });

  it('the validator catches a broken annotation (the check can fail)', () => {
    const item = structuredClone((exported().first as { items: Json[] }).items[0]!);
    delete item['@context'];
    item.created = 'yesterday';
    const assertions = musts('annotations/annotationMusts.test');
    const failed = assertions.filter((a) => !validator(a)(item));
    expect(failed).toEqual([
      'annotations/3.1-annotationContextValidated.json',
      'annotations/3.3.1-annotationCreatedValidated.json',
    ]);
  });

  it('the collection and its inline page pass the collection and page "must" assertions', () => {
    const collection = exported();
    const problems = [
      ...musts('collections/collectionMusts.test').flatMap((a) =>
        failures(validator(a), collection, `collection × ${a}`),
      ),
      ...musts('collections/pages/pageMusts.test').flatMap((a) =>
        failures(validator(a), collection, `collection page × ${a}`),
      ),
    ];
    expect(problems).toEqual([]);
  });
});

if (!present) {
  describe('W3C Web Annotation conformance (suite absent)', () => {
    it.skip(`skipped: ${reason}`, () => {});
  });
}
