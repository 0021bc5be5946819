// Words of the shared components (components/ui): dialogs, tables, toasts.
export const uiEn = {
  "ui.close": "Close",
  "ui.typeToConfirm": "Type {name} to confirm",
  "ui.sortBy": "Sort by {column}",
} as const;
