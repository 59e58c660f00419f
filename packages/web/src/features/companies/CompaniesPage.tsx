import { ActionIcon, Anchor, Badge, Button, Card, Center, Group, Table, Text, Title, Tooltip } from "@mantine/core";
import { IconBuildingSkyscraper, IconExternalLink, IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import type { Company } from "@loopwise/domain";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { useCompanies } from "../../api/use-companies";
import { LoadError } from "../../components/LoadError";
import { PageLoader } from "../../components/PageLoader";
import { TierBadge } from "../../components/TierBadge";
import { CompanyFormModal, type Editing } from "./CompanyFormModal";
import { DeleteCompanyDialog } from "./DeleteCompanyDialog";
import pageClasses from "../../components/Page.module.css";
import classes from "./CompaniesPage.module.css";

const route = getRouteApi("/companies");

export function CompaniesPage() {
  const { q } = route.useSearch();
  const companies = useCompanies();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Company | null>(null);

  const shown = useMemo(() => {
    const needle = q?.toLowerCase();
    const list = companies.data ?? [];
    return needle
      ? list.filter((c) => [c.name, c.website, c.notes].some((text) => text?.toLowerCase().includes(needle)))
      : list;
  }, [companies.data, q]);

  return (
    <div className={pageClasses.page}>
      <Group justify="space-between" mb="md">
        <div>
          <Title order={2}>Companies</Title>
          <Text c="dimmed" fz="sm">
            What every application at a company shares: its website, tier and your notes.
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: "create" })}>
          New company
        </Button>
      </Group>
      {companies.isError ? (
        <LoadError error={companies.error} onRetry={() => void companies.refetch()} />
      ) : !companies.data ? (
        <PageLoader />
      ) : shown.length === 0 ? (
        <Card withBorder radius="lg" p="xl">
          <Center>
            <NoCompanies
              text={
                q
                  ? `No company matches “${q}”.`
                  : "No companies yet. Add one, or add an application and its company comes with it."
              }
            />
          </Center>
        </Card>
      ) : (
        <Card withBorder radius="lg" p={0} className={pageClasses.tableCard}>
          <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Website</Table.Th>
                <Table.Th w={80}>Tier</Table.Th>
                <Table.Th w={120}>Applications</Table.Th>
                <Table.Th>Notes</Table.Th>
                <Table.Th w={90}>
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((company) => (
                <Table.Tr key={company.id} data-testid="company-row">
                  <Table.Td fw={600}>{company.name}</Table.Td>
                  <Table.Td>
                    {company.website ? (
                      <Anchor
                        href={company.website}
                        target="_blank"
                        rel="noopener noreferrer"
                        fz="sm"
                        className={classes.link}
                      >
                        {company.website.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
                        <IconExternalLink size={13} aria-hidden />
                      </Anchor>
                    ) : (
                      <Text span c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {company.tier ? (
                      <TierBadge tier={company.tier} size="sm" />
                    ) : (
                      <Text span c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {company.applicationCount > 0 ? (
                      <Badge
                        renderRoot={(props) => <Link to="/table" search={{ companyId: company.id }} {...props} />}
                        variant="light"
                        style={{ cursor: "pointer" }}
                        aria-label={`${company.applicationCount} applications at ${company.name}: show them in the table`}
                      >
                        {company.applicationCount}
                      </Badge>
                    ) : (
                      <Text span c="dimmed" fz="sm">
                        0
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" c="dimmed" lineClamp={2} maw={420}>
                      {company.notes ?? ""}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Tooltip label="Edit">
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          onClick={() => setEditing({ mode: "edit", company })}
                          aria-label={`Edit ${company.name}`}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Delete">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(company)}
                          aria-label={`Delete ${company.name}`}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      <CompanyFormModal editing={editing} onClose={() => setEditing(null)} />
      <DeleteCompanyDialog company={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}

function NoCompanies({ text }: { text: string }) {
  return (
    <Group gap="sm" c="dimmed">
      <IconBuildingSkyscraper size={20} />
      <Text c="dimmed">{text}</Text>
    </Group>
  );
}
