// R16 expiry notices (housekeeping): every PENDING invitation of any kind past its expiry by the
// database clock is reported to its sender exactly once — expiryNotifiedAt, an invitation.expired
// event in the inviter's tenant and an EXPIRED email — also in batches and under concurrent runs.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { notifyExpiredInvitations } from "@/lib/invitations/notify-expired-invitations";
import { runHousekeeping } from "@/lib/server-lifecycle";
import { withOwnDatabase } from "@/tests/helpers/own-database";
import {
  auditEventsOf,
  createCustomerInvitation,
  createLinkedPair,
  invitationRow,
  updateEmailsTo,
} from "../helpers/customer-invitation-fixtures";
import { createPartner, createUser } from "../helpers/factories";

// Notices are global (every partner's invitations), so this file gets a database of its own:
// other test files' expired invitations on the shared run database stay untouched.
withOwnDatabase("exp");

describe("R16 expiry notices", () => {
  it("R16 every kind of expired PENDING invitation is reported once; live, accepted, revoked and already reported ones are not", async () => {
    const pair = await createLinkedPair();
    const direct = await createPartner({ programs: ["DIRECT_BILL"] });
    const departed = await createUser({ tenantId: direct.tenant.id, adminRole: "GLOBAL_ADMIN" });
    await db().user.update({ where: { id: departed.id }, data: { status: "DISABLED" } });

    const expired = {
      reseller: await createCustomerInvitation({
        kind: "RESELLER_PARTNERSHIP",
        inviterId: pair.provider.partner.id,
        sentByUserId: pair.provider.admin!.id,
        expiredSecondsAgo: 60,
      }),
      request: await createCustomerInvitation({
        inviterId: direct.partner.id,
        sentByUserId: direct.admin!.id,
        expiredSecondsAgo: 1,
      }),
      joint: await createCustomerInvitation({
        inviterId: pair.reseller.partner.id,
        coInviterId: pair.provider.partner.id,
        sentByUserId: pair.reseller.admin!.id,
        intendedEmail: null,
        expiredSecondsAgo: 3600,
      }),
      // The sender left: the notice goes to the partner's primary contact.
      orphaned: await createCustomerInvitation({
        inviterId: direct.partner.id,
        sentByUserId: departed.id,
        expiredSecondsAgo: 5,
      }),
    };
    const untouched = [
      await createCustomerInvitation({ inviterId: direct.partner.id }),
      await createCustomerInvitation({ inviterId: direct.partner.id, status: "REVOKED", expiredSecondsAgo: 10 }),
      await createCustomerInvitation({ inviterId: direct.partner.id, status: "ACCEPTED", expiredSecondsAgo: 10 }),
    ];
    const reported = await createCustomerInvitation({ inviterId: direct.partner.id, expiredSecondsAgo: 10 });
    await db().invitation.update({ where: { id: reported.id }, data: { expiryNotifiedAt: new Date() } });
    const before = await Promise.all([...untouched, reported].map((invitation) => invitationRow(invitation.id)));

    expect(await notifyExpiredInvitations()).toBe(4);

    for (const invitation of Object.values(expired)) {
      const row = await invitationRow(invitation.id);
      expect(row.status).toBe("PENDING");
      expect(row.expiryNotifiedAt).toBeInstanceOf(Date);
      expect(await auditEventsOf("invitation.expired", invitation.id)).toMatchObject([{ actorLabel: "system" }]);
    }
    expect((await auditEventsOf("invitation.expired", expired.reseller.id))[0].tenantId).toBe(pair.provider.tenant.id);
    expect((await auditEventsOf("invitation.expired", expired.joint.id))[0].tenantId).toBe(pair.reseller.tenant.id);
    expect((await updateEmailsTo(pair.provider.admin!.email)).map((email) => email.subject)).toEqual([
      "Your invitation to become your indirect reseller expired unused",
    ]);
    expect((await updateEmailsTo(pair.reseller.admin!.email)).map((email) => email.subject)).toEqual([
      `Your joint invitation of ${pair.reseller.partner.legalName} and ${pair.provider.partner.legalName} expired unused`,
    ]);
    expect(
      (await updateEmailsTo(direct.admin!.email)).map((email) => email.text?.includes(expired.request.intendedEmail!)),
    ).toEqual([true]);
    expect(await updateEmailsTo(direct.partner.contactEmail)).toHaveLength(1);
    expect(await updateEmailsTo(departed.email)).toEqual([]);
    expect(await Promise.all([...untouched, reported].map((invitation) => invitationRow(invitation.id)))).toEqual(
      before,
    );

    // Exactly once: the next rounds find nothing new.
    expect(await notifyExpiredInvitations()).toBe(0);
    await runHousekeeping();
    expect(await db().auditEvent.count({ where: { action: "invitation.expired" } })).toBe(4);
    expect(await db().outboxEmail.count({ where: { template: "invitation-update" } })).toBe(4);
  });

  it("R16 batches and concurrent runs (FOR UPDATE SKIP LOCKED) report each invitation exactly once", async () => {
    const partner = await createPartner();
    const invitations = await Promise.all(
      Array.from({ length: 7 }, () =>
        createCustomerInvitation({
          inviterId: partner.partner.id,
          sentByUserId: partner.admin!.id,
          expiredSecondsAgo: 30,
        }),
      ),
    );
    const counts = await Promise.all([
      notifyExpiredInvitations({ batchSize: 2 }),
      notifyExpiredInvitations({ batchSize: 2 }),
      notifyExpiredInvitations({ batchSize: 3 }),
    ]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(7);
    expect(await updateEmailsTo(partner.admin!.email)).toHaveLength(7);
    for (const invitation of invitations)
      expect(await auditEventsOf("invitation.expired", invitation.id)).toHaveLength(1);
  });

  it("R16 a resent invitation (new expiry, notice cleared) is reported again when it expires again", async () => {
    const partner = await createPartner();
    const invitation = await createCustomerInvitation({
      inviterId: partner.partner.id,
      sentByUserId: partner.admin!.id,
      expiredSecondsAgo: 30,
    });
    expect(await notifyExpiredInvitations()).toBe(1);
    await db()
      .$executeRaw`UPDATE invitations SET expires_at = now() + interval '30 days', expiry_notified_at = NULL WHERE id = ${invitation.id}::uuid`;
    expect(await notifyExpiredInvitations()).toBe(0);
    await db()
      .$executeRaw`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = ${invitation.id}::uuid`;
    expect(await notifyExpiredInvitations()).toBe(1);
    expect(await updateEmailsTo(partner.admin!.email)).toHaveLength(2);
  });
});
