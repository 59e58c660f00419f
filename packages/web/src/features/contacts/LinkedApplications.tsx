import { Badge, Group, Space, Stack, Text, UnstyledButton } from "@mantine/core";
import { REFERRAL_STATUS_LABELS, type ContactLink } from "@loopwise/domain";
import { Link } from "@tanstack/react-router";
import { StageBadge } from "../../components/StageBadge";
import { Dimmed, SectionTitle } from "./SectionTitle";
import { REFERRAL_COLORS } from "./people-colors";
import { RoleBadge } from "./RoleBadge";
import classes from "./ContactDetail.module.css";

/** The applications this person is part of; each opens the application. */
export function LinkedApplications({ links }: { links: ContactLink[] }) {
  return (
    <section aria-labelledby="contact-links-title">
      <SectionTitle id="contact-links-title">Applications</SectionTitle>
      <Space h="sm" />
      {links.length === 0 ? (
        <Dimmed>Not linked to an application yet. Add them from an application’s People section.</Dimmed>
      ) : (
        <Stack gap={6}>
          {links.map((link) => (
            <UnstyledButton
              key={link.id}
              renderRoot={(props) => (
                <Link to="/applications/$id" params={{ id: link.applicationId }} search={{}} {...props} />
              )}
              className={classes.linkRow}
            >
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <div style={{ minWidth: 0 }}>
                  <Text fz="sm" fw={600} truncate>
                    {link.companyName}
                  </Text>
                  <Text fz="xs" c="dimmed" truncate>
                    {link.roleTitle}
                    {link.archived ? " · archived" : ""}
                  </Text>
                </div>
                <Group gap={6} wrap="nowrap">
                  <RoleBadge role={link.role} />
                  {link.referralStatus && (
                    <Badge
                      size="sm"
                      radius="sm"
                      tt="none"
                      variant="outline"
                      color={REFERRAL_COLORS[link.referralStatus]}
                    >
                      {REFERRAL_STATUS_LABELS[link.referralStatus]}
                    </Badge>
                  )}
                  <StageBadge stage={link.stage} size="sm" />
                </Group>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </section>
  );
}
