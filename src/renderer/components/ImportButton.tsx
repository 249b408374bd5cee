import { useRef } from 'react';
import { IMPORT_ACCEPT } from '../../core/text-extraction/importable-formats';
import { ANNOTATED_ACCEPT } from '../state/import-chunks';
import { useActions } from './app-context';

export function ImportButton() {
  const actions = useActions();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button primary" onClick={() => input.current?.click()}>
        Import files
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={`${IMPORT_ACCEPT},${ANNOTATED_ACCEPT}`}
        hidden
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          void actions.importFiles(files);
        }}
      />
    </>
  );
}
