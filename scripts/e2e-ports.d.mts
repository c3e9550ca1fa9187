export const MOCK_PORT: number;
export const APP_PORT: number;
export const DEMO_PORT: number;
export const MOCK_API: string;
export const APP: string;
export const DEMO: string;
