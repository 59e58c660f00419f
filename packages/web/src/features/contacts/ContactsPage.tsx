import { PagePlaceholder } from "../../components/PagePlaceholder";

export function ContactsPage() {
  return <PagePlaceholder title="Contacts" />;
}
