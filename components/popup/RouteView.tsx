import { CaseDetail } from '@/components/cases/CaseDetail';
import { CaseList } from '@/components/cases/CaseList';
import { PostComposer } from '@/components/compose/PostComposer';
import { LetterFlow } from '@/components/letters/LetterFlow';
import { MissionDirectory } from '@/components/letters/MissionDirectory';
import type { Route } from '@/lib/router';

/** The view for a route; `cameFrom` lets the list put focus back on the case just left. */
export function RouteView({ route, cameFrom }: { route: Route; cameFrom: Route | null }) {
  switch (route.name) {
    case 'list':
      return <CaseList returnTo={cameFrom?.name === 'case' ? cameFrom.caseId : undefined} />;
    case 'case':
      return <CaseDetail caseId={route.caseId} />;
    case 'post':
      return <PostComposer target={route.target} />;
    case 'letter':
      return <LetterFlow initialState={route.state} initialCases={route.cases} />;
    case 'missions':
      return <MissionDirectory initialQuery={route.query} />;
  }
}
