import { Title } from "@mantine/core";

/** Temporary: a page whose feature is being built. */
export function PagePlaceholder({ title }: { title: string }) {
  return <Title order={2}>{title}</Title>;
}
