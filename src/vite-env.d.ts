/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** The API base URL, e.g. https://sampleplatform.ccextractor.org/api/v1 */
  readonly VITE_API_BASE_URL?: string;
  /** Which file routes the API speaks: `query` (published reference) or `path` (repository OpenAPI). */
  readonly VITE_API_FILE_ROUTES?: string;
  /** `true` bundles the MSW demo backend and starts it in the browser. */
  readonly VITE_DEMO?: string;
  /** The origin of the API's signed media URLs, for the CSP's media-src (default https://storage.googleapis.com). */
  readonly VITE_STORAGE_ORIGIN?: string;
  /** Milliseconds before an API request counts as timed out (default 30000). */
  readonly VITE_REQUEST_TIMEOUT_MS?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
