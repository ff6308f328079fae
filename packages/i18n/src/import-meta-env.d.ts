// What this package reads of the bundler's import.meta.env (Vite, and Vitest after it).
interface ImportMetaEnv {
  readonly SSR: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
