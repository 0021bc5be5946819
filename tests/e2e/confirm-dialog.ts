import { expect, type Page } from "@playwright/test";

/**
 * Goes through the confirm dialog a destructive action opens (components/ui/confirm-dialog.tsx):
 * types the name when the action asks for it, then presses the dialog's confirm button.
 */
export async function confirmInDialog(page: Page, confirm: string, options: { typeName?: string } = {}) {
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  if (options.typeName) await dialog.getByLabel(`Type ${options.typeName} to confirm`).fill(options.typeName);
  await dialog.getByRole("button", { name: confirm, exact: true }).click();
  return dialog;
}

/** Where results are announced as toasts (sonner's live region, components/ui/toaster.tsx). */
export const toasts = (page: Page) => page.getByRole("region", { name: /^Notifications/ });
