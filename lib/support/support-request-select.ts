import type { Prisma } from "@/lib/generated/prisma/client";

/** One support request with its conversation and the relationship it is about (partner and operator detail pages). */
export const SUPPORT_REQUEST_DETAIL_SELECT = {
  id: true,
  category: true,
  subject: true,
  description: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { name: true, email: true } },
  relationship: {
    select: {
      id: true,
      status: true,
      startedAt: true,
      endedAt: true,
      endReason: true,
      provider: { select: { id: true, legalName: true, pnId: true } },
      reseller: { select: { id: true, legalName: true, pnId: true } },
    },
  },
  messages: {
    select: { id: true, body: true, createdAt: true, user: { select: { name: true } }, operatorId: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.SupportRequestSelect;

export type SupportRequestDetail = Prisma.SupportRequestGetPayload<{ select: typeof SUPPORT_REQUEST_DETAIL_SELECT }>;
