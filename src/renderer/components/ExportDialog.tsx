import { useEffect, useMemo, useRef, useState } from 'react';
import { countByLayer } from '../../core/layers/span-layers';
import type { DatasetExportOptions, ResultOf } from '../../api/contract';
import { useJob } from '../hooks/use-job';
import { useActions, useAppState } from './app-context';
import { JobProgress } from './JobProgress';
import { Modal } from './Modal';
import { annotatorsNotLoaded, curatedNotLoaded } from '../state/article-layer';

type Format = DatasetExportOptions['format'];
/** Formats whose files state offsets and may state them in UTF-16 code units; the others use code points. */
/** The dataset export: format, documents, labels, notes, offset unit, train/dev/test split; downloads a zip, with progress and Cancel. */
export function ExportDialog() {
  const actions = useActions();
  const documents = useAppState((s) => s.documents);
  const labels = useAppState((s) => s.workspace?.schema.labels ?? []);
  const [formats, setFormats] = useState<ResultOf<'listDatasetFormats'> | null>(null);
  const [format, setFormat] = useState<Format>('collate-jsonl');
  const preset = useAppState((s) => s.exportDocumentIds);
  const [docIds, setDocIds] = useState<ReadonlySet<string>>(() => new Set(preset ?? documents.map((d) => d.id)));
  const [labelNames, setLabelNames] = useState<ReadonlySet<string>>(() => new Set(labels.map((l) => l.name)));
  const [notes, setNotes] = useState(true);
  const [unit, setUnit] = useState<'codepoint' | 'utf16'>('codepoint');
  const [split, setSplit] = useState(false);
  const [shares, setShares] = useState({ train: '80', dev: '10', test: '10' });
  const [seed, setSeed] = useState('collate');
  const layers = useAppState((s) => s.annotations);
  const documentCounts = useAppState((s) => s.documentCounts);
  const layerNames = useMemo(
    () =>
      [
        ...new Set([
          ...countByLayer(Object.values(layers).flat()).map((c) => c.layer),
          ...annotatorsNotLoaded({ annotations: layers, documentCounts }),
          ...(curatedNotLoaded({ annotations: layers, documentCounts }) ? ['curated'] : []),
        ]),
      ].sort(),
    [layers, documentCounts],
  );
  const [layer, setLayer] = useState('');
  const job = useJob();
  const [warnings, setWarnings] = useState<string[] | null>(null);
  const first = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    let live = true;
    void actions.datasetFormats().then((list) => {
      if (!live || !list) return;
      setFormats(list);
      const fallback = list[0]?.name;
      if (fallback) setFormat((current) => (list.some((f) => f.name === current) ? current : fallback));
    });
    return () => {
      live = false;
    };
  }, [actions]);
  // Focus moves into the dialog as soon as its first control exists, so that Escape reaches it.
  useEffect(() => {
    if (formats) first.current?.focus();
  }, [formats]);

  const close = (): void => actions.openDialog(null);
  const toggle = (set: ReadonlySet<string>, value: string, on: boolean): Set<string> => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };
  const takesUnit = formats?.find((f) => f.name === format)?.offsets === 'option';
  const shareOf = (v: string): number => (Number.isFinite(Number(v)) && Number(v) >= 0 ? Number(v) : 0);
  const splitTotal = shareOf(shares.train) + shareOf(shares.dev) + shareOf(shares.test);
  const problem =
    docIds.size === 0
      ? 'Choose at least one document.'
      : labelNames.size === 0
        ? 'Choose at least one label.'
        : split && splitTotal <= 0
          ? 'The split needs a positive share.'
          : null;
  const description = formats?.find((f) => f.name === format)?.description;

  const run = async (): Promise<void> => {
    setWarnings(null);
    const options: DatasetExportOptions = {
      format,
      documentIds: documents.filter((d) => docIds.has(d.id)).map((d) => d.id),
      labels: labels.filter((l) => labelNames.has(l.name)).map((l) => l.name),
      includeNotes: notes,
      offsetUnit: takesUnit ? unit : 'codepoint',
      ...(layer ? { layer } : {}),
      ...(split
        ? { split: { seed, train: shareOf(shares.train), dev: shareOf(shares.dev), test: shareOf(shares.test) } }
        : {}),
    };
    const result = await job.run((follow) => actions.exportDataset(options, follow));
    if (Array.isArray(result)) setWarnings(result);
  };

  return (
    <Modal label="Export dataset" className="export-dialog" onClose={close}>
      <h2 className="modal-title">Export dataset</h2>
      {!formats ? (
        <p className="hint">Loading the formats…</p>
      ) : (
        <label className="field">
          Format
          <select
            ref={first}
            aria-label="Format"
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as Format)}
          >
            {formats.map((f) => (
              <option key={f.name} value={f.name} title={f.description}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {description && (
        <p className="hint" aria-label="Format description">
          {description}
        </p>
      )}
      <fieldset className="export-choices">
        <legend>Documents</legend>
        {documents.length === 0 && <p className="hint">No documents yet.</p>}
        {documents.map((d) => (
          <label key={d.id} className="check">
            <input
              type="checkbox"
              checked={docIds.has(d.id)}
              onChange={(e) => setDocIds(toggle(docIds, d.id, e.currentTarget.checked))}
            />
            {d.title}
          </label>
        ))}
      </fieldset>
      <fieldset className="export-choices">
        <legend>Labels</legend>
        {labels.map((l) => (
          <label key={l.name} className="check">
            <input
              type="checkbox"
              checked={labelNames.has(l.name)}
              onChange={(e) => setLabelNames(toggle(labelNames, l.name, e.currentTarget.checked))}
            />
            {l.name}
          </label>
        ))}
      </fieldset>
      <label className="field">
        Layer
        <select aria-label="Layer" value={layer} onChange={(e) => setLayer(e.currentTarget.value)}>
          <option value="">Default: {layerNames.includes('curated') ? 'curated' : 'all annotators'}</option>
          {layerNames.includes('curated') && <option value="curated">curated</option>}
          <option value="all">all annotators (each span names its author)</option>
          {layerNames
            .filter((name) => name !== 'curated')
            .map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={notes} onChange={(e) => setNotes(e.currentTarget.checked)} />
        Include notes
      </label>
      <fieldset className="export-choices" disabled={!takesUnit}>
        <legend>Offset unit{takesUnit ? '' : ' (this format counts code points)'}</legend>
        <label className="check">
          <input
            type="radio"
            name="offset-unit"
            checked={!takesUnit || unit === 'codepoint'}
            onChange={() => setUnit('codepoint')}
          />
          Code points
        </label>
        <label className="check">
          <input
            type="radio"
            name="offset-unit"
            checked={takesUnit && unit === 'utf16'}
            onChange={() => setUnit('utf16')}
          />
          UTF-16 code units
        </label>
      </fieldset>
      <fieldset className="export-choices">
        <legend>Split</legend>
        <label className="check">
          <input type="checkbox" checked={split} onChange={(e) => setSplit(e.currentTarget.checked)} />
          Split into train / dev / test
        </label>
        {split && (
          <div className="split-fields">
            {(['train', 'dev', 'test'] as const).map((part) => (
              <label key={part} className="field">
                {part}
                <input
                  className="narrow"
                  type="number"
                  min={0}
                  aria-label={`${part[0]!.toUpperCase()}${part.slice(1)} share`}
                  value={shares[part]}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setShares((s) => ({ ...s, [part]: v }));
                  }}
                />
              </label>
            ))}
            <label className="field">
              Seed
              <input aria-label="Seed" value={seed} onChange={(e) => setSeed(e.currentTarget.value)} />
            </label>
          </div>
        )}
      </fieldset>
      {problem && (
        <p className="hint" role="note">
          {problem}
        </p>
      )}
      <JobProgress what="Export" job={job} />
      {warnings && (
        <div role="status" aria-label="Export warnings" className="export-warnings">
          {warnings.length === 0 ? (
            <p>Exported with no warnings.</p>
          ) : (
            <ul aria-label="Export warnings list">
              {warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="modal-actions">
        <button
          type="button"
          className="button primary"
          disabled={job.running || !formats || problem !== null}
          onClick={() => void run()}
        >
          {job.running ? 'Exporting…' : 'Export'}
        </button>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}
