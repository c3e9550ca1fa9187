import { getRouteApi } from '@tanstack/react-router';
import { LegacyLinkBox } from '@/features/legacy-links/components/legacy-link-box';
import { RunsScreen } from '@/features/runs/components/runs-screen';

const route = getRouteApi('/authed/');

/** `/`: the runs list, with the box that opens an old platform link. */
export function RunsRoute() {
  const navigate = route.useNavigate();
  return (
    <RunsScreen params={route.useSearch()} onSearchChange={(next) => void navigate({ search: next })} legacyLinkBox={<LegacyLinkBox />} />
  );
}
