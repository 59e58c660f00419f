import { PagePlaceholder } from "../../components/PagePlaceholder";

export function AnalyticsPage() {
  return <PagePlaceholder title="Analytics" />;
}
