import { REMOTE_POLICIES, SOURCE_LABELS, SOURCES, STAGES, stageLabel, type RemotePolicy } from "@loopwise/domain";

/** The words the UI uses for the API's identifiers, and the options of the selects built on them. */
export const REMOTE_LABELS: Record<RemotePolicy, string> = { onsite: "Onsite", hybrid: "Hybrid", remote: "Remote" };

export const STAGE_OPTIONS = STAGES.map((stage) => ({ value: stage, label: stageLabel(stage) }));
export const REMOTE_OPTIONS = REMOTE_POLICIES.map((policy) => ({ value: policy, label: REMOTE_LABELS[policy] }));
export const SOURCE_OPTIONS = SOURCES.map((source) => ({ value: source, label: SOURCE_LABELS[source] }));
