// The pages the bench drives, all as the bench tenant's Global admin.
import type { PageRow } from "./report.ts";

export type BenchPage = Pick<PageRow, "label" | "path" | "role"> & { optional?: boolean };

export const PAGES: BenchPage[] = [
  // The lightest signed-in page the portal has; it still loads the organization overview.
  { label: "Empty page", path: "/overview", role: "empty" },
  // The portal shell and a static form only: what "empty" costs without page data.
  { label: "Shell only", path: "/settings/users/new", role: "reference" },
  { label: "Users", path: "/settings/users", role: "list" },
  { label: "Users search", path: "/settings/users?q=anna", role: "list" },
  { label: "Users deep page", path: "/settings/users?page=20", role: "list" },
  { label: "Audit log", path: "/settings/audit-log", role: "list" },
  // Built by a later issue; a 404 prints "not built yet".
  { label: "Customers", path: "/customers", role: "customers", optional: true },
];
