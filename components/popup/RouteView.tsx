import { CaseList } from '@/components/cases/CaseList';
import type { Route } from '@/lib/router';
import { lazyView } from './lazy-view';
import { SelectionView } from './SelectionView';

// The case list is the first view; every other view's code is loaded when it is first shown.
const CaseDetail = lazyView(() => import('@/components/cases/CaseDetail').then((m) => m.CaseDetail));
const PostComposer = lazyView(() => import('@/components/compose/PostComposer').then((m) => m.PostComposer));
const LetterFlow = lazyView(() => import('@/components/letters/LetterFlow').then((m) => m.LetterFlow));
const MissionDirectory = lazyView(() => import('@/components/letters/MissionDirectory').then((m) => m.MissionDirectory));

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
    case 'selection':
      return <SelectionView text={route.text} />;
  }
}
