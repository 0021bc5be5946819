// R12 primary-contact verification links (ENGINEERING §3 tokens): only a SHA-256 stored, single
// use under concurrency, expiry by the database clock, opening (peeking) never consumes, a
// newer link replaces older ones; verifying moves waiting enrollments to review with an audit
// event and a status email; a pending new contact email is swapped in when verified.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resendContactVerification } from "@/lib/enrollment/resend-contact-verification";
import { sendContactVerification } from "@/lib/enrollment/send-contact-verification";
import { hashToken } from "@/lib/tokens";
import { peekContactVerification, verifyContactEmail } from "@/lib/enrollment/verify-contact-email";
import { sql, testDb } from "../helpers/db";
import { enrolledPartner, refusalOf } from "./enrollment-fixtures";

/** A partner waiting for its primary contact, and the link last sent to `email` (read from the outbox row). */
async function waitingPartner() {
  const partner = await enrolledPartner({
    programs: ["INDIRECT_RESELLER", "DIRECT_BILL"],
    status: "AWAITING_EMAIL_VERIFICATION",
  });
  return partner;
}

async function sendLink(partnerId: string, email: string, locale: "en" | "de" = "en") {
  await db().$transaction((tx) => sendContactVerification(tx, { partnerId, email, locale }));
  const mail = await testDb().outboxEmail.findFirstOrThrow({
    where: { toAddress: email, template: "contact-verification" },
    orderBy: { createdAt: "desc" },
  });
  return mail.text!.match(/\/verify-email\?token=([A-Za-z0-9_-]{43})/)![1];
}

describe("R12 contact verification links", () => {
  it("R12 opening the link never consumes it; the POST verifies once, moves every waiting program to review, audits and emails the status", async () => {
    const { partner, tenant } = await waitingPartner();
    const token = await sendLink(partner.id, partner.contactEmail);
    expect(await peekContactVerification(token)).toBe("valid");
    expect(await peekContactVerification(token)).toBe("valid"); // mail scanners and previews open links
    const outcome = await verifyContactEmail(token, { locale: "de" });
    expect(outcome).toMatchObject({ status: "verified", email: partner.contactEmail });
    const after = await testDb().partnerOrganization.findUniqueOrThrow({
      where: { id: partner.id },
      include: { enrollments: true },
    });
    expect(after.contactEmailVerifiedAt).not.toBeNull();
    expect(after.enrollments.map((e) => e.status).sort()).toEqual(["IN_REVIEW", "IN_REVIEW"]);
    expect(after.enrollments.every((e) => e.emailVerifiedAt)).toBe(true);
    expect(
      await testDb().auditEvent.count({ where: { tenantId: tenant.id, action: "enrollment.email_verified" } }),
    ).toBe(1);
    const status = await testDb().outboxEmail.findMany({
      where: { tenantId: tenant.id, template: "enrollment-status" },
    });
    expect(status).toHaveLength(2);
    expect(status[0].subject).toContain("In Prüfung");
    expect(await verifyContactEmail(token)).toEqual({ status: "used" });
    expect(await peekContactVerification(token)).toBe("used");
  });

  it("R12 single use under concurrency: of five simultaneous POSTs exactly one verifies", async () => {
    const { partner, tenant } = await waitingPartner();
    const token = await sendLink(partner.id, partner.contactEmail);
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map(() => verifyContactEmail(token)));
    expect(outcomes.filter((o) => o.status === "verified")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "used")).toHaveLength(4);
    expect(
      await testDb().auditEvent.count({ where: { tenantId: tenant.id, action: "enrollment.email_verified" } }),
    ).toBe(1);
  });

  it("R12 expiry is decided by the database clock: a link past expires_at is refused and changes nothing", async () => {
    const { partner } = await waitingPartner();
    const token = await sendLink(partner.id, partner.contactEmail);
    await sql().query("UPDATE email_verifications SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [
      hashToken(token),
    ]);
    expect(await peekContactVerification(token)).toBe("expired");
    expect(await verifyContactEmail(token)).toEqual({ status: "expired" });
    const after = await testDb().partnerOrganization.findUniqueOrThrow({
      where: { id: partner.id },
      include: { enrollments: true },
    });
    expect(after.contactEmailVerifiedAt).toBeNull();
    expect(after.enrollments.every((e) => e.status === "AWAITING_EMAIL_VERIFICATION")).toBe(true);
  });

  it("unknown, malformed and non-string tokens get a clear answer, never an error", async () => {
    for (const token of [
      randomBytes(32).toString("base64url"),
      "short",
      "x".repeat(5000),
      "bad\u0000token",
      null,
      42,
      ["a"],
    ]) {
      expect(await verifyContactEmail(token)).toEqual({ status: "unknown" });
    }
  });

  it("R12 a newer link replaces older ones for the same address (Send the link again), at most once a minute", async () => {
    const { partner, actor } = await waitingPartner();
    const first = await sendLink(partner.id, partner.contactEmail);
    const error = await refusalOf(resendContactVerification(actor, "en"));
    expect(error.messageKey).toBe("enroll.submitted.resendWait");
    await sql().query(
      "UPDATE email_verifications SET created_at = now() - interval '2 minutes' WHERE partner_id = $1",
      [partner.id],
    );
    await resendContactVerification(actor, "en");
    const mail = await testDb().outboxEmail.findFirstOrThrow({
      where: { toAddress: partner.contactEmail, template: "contact-verification" },
      orderBy: { createdAt: "desc" },
    });
    const second = mail.text!.match(/token=([A-Za-z0-9_-]{43})/)![1];
    expect(second).not.toBe(first);
    expect(await verifyContactEmail(first)).toEqual({ status: "expired" });
    expect((await verifyContactEmail(second)).status).toBe("verified");
  });

  it("a pending new primary-contact email replaces the old one only once its owner verifies it", async () => {
    const { partner } = await waitingPartner();
    const newEmail = `new-contact@${partner.contactEmail.split("@")[1]}`;
    await testDb().partnerOrganization.update({ where: { id: partner.id }, data: { pendingContactEmail: newEmail } });
    const token = await sendLink(partner.id, newEmail);
    expect((await testDb().partnerOrganization.findUniqueOrThrow({ where: { id: partner.id } })).contactEmail).toBe(
      partner.contactEmail,
    );
    expect(await verifyContactEmail(token)).toMatchObject({ status: "verified", email: newEmail });
    const after = await testDb().partnerOrganization.findUniqueOrThrow({ where: { id: partner.id } });
    expect(after).toMatchObject({ contactEmail: newEmail, pendingContactEmail: null });
    expect(after.contactEmailVerifiedAt).not.toBeNull();
  });

  it("a link for an address that is no longer the contact (nor the pending one) is refused as stale and stays unused", async () => {
    const { partner } = await waitingPartner();
    const token = await sendLink(partner.id, partner.contactEmail);
    await testDb().partnerOrganization.update({
      where: { id: partner.id },
      data: { contactEmail: `someone-else@${partner.contactEmail.split("@")[1]}` },
    });
    expect(await verifyContactEmail(token)).toEqual({ status: "stale" });
    expect(
      (await testDb().partnerOrganization.findUniqueOrThrow({ where: { id: partner.id } })).contactEmailVerifiedAt,
    ).toBeNull();
  });
});
