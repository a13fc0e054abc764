import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { PdfExportButton, type BuiltPdf } from './pdf-export-button';

vi.mock('../lib/download', () => ({ downloadBlob: vi.fn() }));

/** A build the test finishes by hand, reporting pages on the way. */
function controlledBuild() {
  const control = { finish: (_pdf: BuiltPdf) => {}, reportPages: (_pages: number) => {} };
  const build = vi.fn(
    (options: { onProgress: (pages: number) => void }) =>
      new Promise<BuiltPdf>((resolve) => {
        control.finish = resolve;
        control.reportPages = options.onProgress;
      }),
  );
  return { build, control };
}

test('while it works, the button keeps its name and says it is busy; Cancel and the progress sit beside it', async () => {
  const user = userEvent.setup();
  const { build, control } = controlledBuild();
  render(<PdfExportButton label="Full plan (PDF)" build={build} preload={() => {}} keepWarm={() => () => {}} />);
  const button = screen.getByRole('button', { name: 'Full plan (PDF)' });
  await user.click(button);

  expect(button).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Preparing your PDF…');
  act(() => control.reportPages(3));
  expect(screen.getByRole('status')).toHaveTextContent('Preparing your PDF: page 3 so far…');

  await user.click(button); // a second click while it works starts nothing
  expect(build).toHaveBeenCalledTimes(1);

  await act(async () => control.finish({ blob: new Blob(['%PDF']), fileName: 'plan.pdf' }));
  expect(screen.getByRole('status')).toHaveTextContent('Downloaded “plan.pdf”.');
  expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  expect(button).not.toHaveAttribute('aria-disabled');
});
