import { notifications } from "@mantine/notifications";
import { isApiError } from "../api/client";

export const DISMISS = { "aria-label": "Dismiss notification" };

/** Tells the user what went wrong: in `message` when given, else in the server's words. */
export function notifyError(error: unknown, title = "Something went wrong", message?: string): void {
  message ??= isApiError(error) || error instanceof Error ? error.message : String(error);
  notifications.show({ color: "red", title, message, autoClose: 7000, closeButtonProps: DISMISS });
}

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: "teal", title, message, autoClose: 3000, closeButtonProps: DISMISS });
}
