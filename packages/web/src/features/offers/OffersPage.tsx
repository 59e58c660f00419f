import { Title } from "@mantine/core";
import pageClasses from "../../components/Page.module.css";

export function OffersPage() {
  return (
    <div className={pageClasses.page}>
      <Title order={2}>Offers</Title>
    </div>
  );
}
