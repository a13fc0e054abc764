// vite.config.ts names this file; jest-dom's matchers for component tests.
import '@testing-library/jest-dom/vitest';
