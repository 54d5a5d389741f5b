/** Settings read at run time from config.js, which is rewritten at deployment without a rebuild. */
export interface DashboardConfig {
  apiBaseUrl?: string;
}

declare global {
  interface Window {
    SEND_INSIGHT_CONFIG?: DashboardConfig;
  }
}

export const DEFAULT_API_BASE_URL = 'http://localhost:8080';

/** The API base URL without a trailing slash; an empty string means the dashboard's own origin. */
export function apiBaseUrlFrom(config: DashboardConfig | undefined): string {
  const apiBaseUrl = config?.apiBaseUrl?.trim() ?? DEFAULT_API_BASE_URL;
  return apiBaseUrl.replace(/\/+$/, '');
}
