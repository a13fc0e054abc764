// The calibration row ("this stack, jsPDF loaded with import() on click"): built and measured by
// `npm run bench -- --reference` beside the app, so budgets are read against this machine's speed.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ root: import.meta.dirname, plugins: [react()], build: { outDir: 'dist', emptyOutDir: true } });
