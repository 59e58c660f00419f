import { createRootRoute, createRoute, createRouter } from "@tanstack/react-router";
import { AppLayout } from "../components/AppLayout";
import { NotFoundPage } from "../components/NotFoundPage";
import { ApplicationDrawer } from "../features/application/ApplicationDrawer";
import { CompaniesPage } from "../features/companies/CompaniesPage";
import { validateCompaniesSearch } from "../features/companies/companies-search";
import { validateViewSearch } from "../features/filters/view-search";
import { PipelineViews } from "../features/board/PipelineViews";
import { AnalyticsPage } from "../features/analytics/AnalyticsPage";
import { ContactsPage } from "../features/contacts/ContactsPage";
import { validateContactsSearch } from "../features/contacts/contacts-search";
import { DataPage } from "../features/data/DataPage";
import { InterviewsPage } from "../features/interviews/InterviewsPage";
import { validateInterviewSearch, validateInterviewsPageSearch } from "../features/interviews/interview-search";
import { OffersPage } from "../features/offers/OffersPage";
import { validateOffersSearch } from "../features/offers/offers-search";
import { PlanPage } from "../features/plan/PlanPage";
import { PracticePage } from "../features/practice/PracticePage";
import { ProblemPage } from "../features/practice/ProblemPage";
import { validatePracticeSearch } from "../features/practice/practice-search";
import { TodayPage } from "../features/today/TodayPage";

const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

/** Board, table and the application detail share one layout, so opening a card keeps the board mounted. */
const viewsRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "views",
  validateSearch: validateViewSearch,
  component: PipelineViews,
});

const boardRoute = createRoute({ getParentRoute: () => viewsRoute, path: "/", component: () => null });
const tableRoute = createRoute({ getParentRoute: () => viewsRoute, path: "table", component: () => null });
const applicationRoute = createRoute({
  getParentRoute: () => viewsRoute,
  path: "applications/$id",
  component: ApplicationDrawer,
});

const companiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "companies",
  validateSearch: validateCompaniesSearch,
  component: CompaniesPage,
});

const todayRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "today",
  validateSearch: validateInterviewSearch,
  component: TodayPage,
});
const contactsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "contacts",
  validateSearch: validateContactsSearch,
  component: ContactsPage,
});
const interviewsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "interviews",
  validateSearch: validateInterviewsPageSearch,
  component: InterviewsPage,
});
const analyticsRoute = createRoute({ getParentRoute: () => rootRoute, path: "analytics", component: AnalyticsPage });
const offersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "offers",
  validateSearch: validateOffersSearch,
  component: OffersPage,
});
const planRoute = createRoute({ getParentRoute: () => rootRoute, path: "plan", component: PlanPage });
const practiceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "practice",
  validateSearch: validatePracticeSearch,
  component: PracticePage,
});
const problemRoute = createRoute({ getParentRoute: () => rootRoute, path: "practice/$slug", component: ProblemPage });
const dataRoute = createRoute({ getParentRoute: () => rootRoute, path: "data", component: DataPage });

const routeTree = rootRoute.addChildren([
  viewsRoute.addChildren([boardRoute, tableRoute, applicationRoute]),
  companiesRoute,
  todayRoute,
  contactsRoute,
  interviewsRoute,
  analyticsRoute,
  offersRoute,
  planRoute,
  practiceRoute,
  problemRoute,
  dataRoute,
]);

/** Plain query strings (?tier=1,2&minDesirability=4): every value is a string the routes validate. */
function parseSearch(search: string): Record<string, unknown> {
  return Object.fromEntries(new URLSearchParams(search));
}

function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

export const router = createRouter({ routeTree, parseSearch, stringifySearch, scrollRestoration: false });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
