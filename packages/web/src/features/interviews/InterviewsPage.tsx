import { PagePlaceholder } from "../../components/PagePlaceholder";

export function InterviewsPage() {
  return <PagePlaceholder title="Interviews" />;
}
