// The entry: a deep link's API requests, then the app. It imports nothing heavy, so it runs as soon
// as it arrives; the app (src/boot.tsx, with React, the router and the query cache) loads beside it.
// The tokens and global rules first: every component's own stylesheet comes after them, and wins a tie.
import './styles/tokens.css';
import './styles/base.css';
import { startEarlyRequests } from './app/early-requests';

// The demo's requests go to its service worker, which starts with the app: none early there.
if (!import.meta.env.DEV && import.meta.env.VITE_DEMO !== 'true') startEarlyRequests();

void import('./boot').then(({ start }) => start());
