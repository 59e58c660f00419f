import { Card, Group, Table, Text, UnstyledButton } from "@mantine/core";
import type { ContactSummary } from "@loopwise/domain";
import { shortDate } from "../../lib/dates";
import { FollowUpDate } from "./FollowUpDate";
import { RoleBadge } from "./RoleBadge";
import pageClasses from "../../components/Page.module.css";
import classes from "./ContactsTable.module.css";

interface Props {
  contacts: ContactSummary[];
  onOpen: (id: string) => void;
  fetching: boolean;
}

const none = (
  <Text span c="dimmed" fz="sm">
    —
  </Text>
);

/** The people of the search: who they are, how they help, and when to get back to them. */
export function ContactsTable({ contacts, onOpen, fetching }: Props) {
  return (
    <Card withBorder radius="lg" p={0} className={pageClasses.tableCard} aria-busy={fetching}>
      <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Company</Table.Th>
            <Table.Th>Roles</Table.Th>
            <Table.Th w={130}>Last contact</Table.Th>
            <Table.Th w={170}>Next follow-up</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact) => (
            <Table.Tr
              key={contact.id}
              className={classes.row}
              onClick={() => onOpen(contact.id)}
              data-testid="contact-row"
            >
              <Table.Td>
                <UnstyledButton
                  className={classes.name}
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpen(contact.id);
                  }}
                >
                  {contact.name}
                </UnstyledButton>
                {contact.email && (
                  <Text fz="xs" c="dimmed" truncate maw={260}>
                    {contact.email}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text fz="sm" lineClamp={2} maw={220}>
                  {contact.title ?? none}
                </Text>
              </Table.Td>
              <Table.Td fz="sm">{contact.companyName ?? none}</Table.Td>
              <Table.Td>
                {contact.roles.length ? (
                  <Group gap={4} wrap="nowrap">
                    {contact.roles.map((role) => (
                      <RoleBadge key={role} role={role} />
                    ))}
                  </Group>
                ) : (
                  none
                )}
              </Table.Td>
              <Table.Td fz="sm">{contact.lastOutreachOn ? shortDate(contact.lastOutreachOn) : none}</Table.Td>
              <Table.Td>{contact.nextFollowUpOn ? <FollowUpDate on={contact.nextFollowUpOn} /> : none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
