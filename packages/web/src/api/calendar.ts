import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";

export interface CalendarStatus {
  /** Path of the subscription feed on this server; null while the feed is off. */
  feedPath: string | null;
}

export const calendarKeys = {
  status: ["calendar", "status"] as const,
};

export async function fetchCalendarStatus(): Promise<CalendarStatus> {
  return unwrap<CalendarStatus>(api.calendar.$get());
}

/** Turns the feed on, or replaces its link (the old one stops working). */
export async function rotateCalendarLink(): Promise<CalendarStatus> {
  return unwrap<CalendarStatus>(api.calendar.token.$post());
}

export async function turnOffCalendar(): Promise<void> {
  await unwrap<void>(api.calendar.token.$delete());
}

/** The feed's full address, as a calendar app needs it. */
export function feedUrl(feedPath: string, origin: string = window.location.origin): string {
  return new URL(feedPath, origin).toString();
}

/** The same address with the webcal: scheme, which opens the system's calendar app to subscribe. */
export function webcalUrl(feedPath: string, origin: string = window.location.origin): string {
  return feedUrl(feedPath, origin).replace(/^https?:/, "webcal:");
}

/** Where the browser downloads one interview as an .ics file. */
export function interviewIcsUrl(interviewId: string): string {
  return `/api/calendar/interviews/${encodeURIComponent(interviewId)}.ics`;
}

export function useCalendarStatus() {
  return useQuery({ queryKey: calendarKeys.status, queryFn: fetchCalendarStatus });
}

export function useRotateCalendarLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateCalendarLink,
    onSuccess: (status) => queryClient.setQueryData(calendarKeys.status, status),
  });
}

export function useTurnOffCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: turnOffCalendar,
    onSuccess: () => queryClient.setQueryData<CalendarStatus>(calendarKeys.status, { feedPath: null }),
  });
}
