import { PagePlaceholder } from "../../components/PagePlaceholder";

export function TodayPage() {
  return <PagePlaceholder title="Today" />;
}
