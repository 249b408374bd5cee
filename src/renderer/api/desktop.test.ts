import { afterEach, describe, expect, it, vi } from 'vitest';
import { canSaveReportPdf, saveReportPdf } from './desktop';

const host = globalThis as unknown as { window?: { collateDesktop?: { saveReportPdf?: () => Promise<unknown> } } };

afterEach(() => {
  delete host.window;
});

describe('the desktop bridge for the report PDF', () => {
  it('is absent in the browser shell, which prints instead', async () => {
    host.window = {};
    expect(canSaveReportPdf()).toBe(false);
    expect(await saveReportPdf()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('passes a checked answer on, and refuses a malformed one', async () => {
    const call = vi.fn(async (): Promise<unknown> => ({
      ok: true,
      value: { saved: true, path: '/tmp/r.pdf', bytes: 10 },
    }));
    host.window = { collateDesktop: { saveReportPdf: call } };
    expect(canSaveReportPdf()).toBe(true);
    expect(await saveReportPdf()).toEqual({ ok: true, value: { saved: true, path: '/tmp/r.pdf', bytes: 10 } });
    call.mockResolvedValueOnce({ ok: true, value: { saved: 'yes' } });
    expect(await saveReportPdf()).toMatchObject({ ok: false, error: { code: 'bad-answer' } });
    call.mockResolvedValueOnce({ ok: false, error: { code: 'forbidden', message: 'no' } });
    expect(await saveReportPdf()).toEqual({ ok: false, error: { code: 'forbidden', message: 'no' } });
  });
});
