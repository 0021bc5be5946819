// What the landing pages show besides their states (issue 11, R16): the customer's landing page
// carries the partner's personal message while the request is pending; the provider's names the
// invited organization.
import { describe, expect, it } from "vitest";
import { getCustomerInvitationLanding } from "@/lib/customer-invitations/get-customer-invitation-landing";
import { getProviderInvitationLanding } from "@/lib/provider-reseller-relationships/get-provider-invitation-landing";
import { createCustomerInvitation, createNamedPartner } from "../helpers/customer-invitation-fixtures";
import { testDb } from "../helpers/db";
import { createProvider, createReseller, inviteReseller } from "../helpers/partnerships-fixtures";

describe("invitation landing pages", () => {
  it("R16: a pending customer request shows the partner's message as sent; once revoked it doesn't", async () => {
    const partner = await createNamedPartner("Fabrikam Solutions");
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id });
    const text = "Hello Litware,\n\nwe would like to look after your cloud services.\n\nAda";
    await testDb().invitation.update({ where: { id: invitation.id }, data: { message: `  ${text}\n` } });

    expect(await getCustomerInvitationLanding(invitation.token, null)).toMatchObject({
      state: "PENDING",
      invitation: { partner: { name: "Fabrikam Solutions" }, message: text },
    });

    await testDb().invitation.update({
      where: { id: invitation.id },
      data: { status: "REVOKED", revokedAt: new Date() },
    });
    expect(await getCustomerInvitationLanding(invitation.token, null)).toMatchObject({
      state: "REVOKED",
      invitation: { message: null },
    });
  });

  it("R16: a customer request sent without a text (copied from the draft) has no message", async () => {
    const partner = await createNamedPartner("Adatum Direct");
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id });
    expect(await getCustomerInvitationLanding(invitation.token, null)).toMatchObject({
      state: "PENDING",
      invitation: { message: null },
    });
  });

  it("R6/R16: the provider's landing page names the invited reseller, signed out too", async () => {
    const provider = await createProvider();
    const reseller = await createReseller();
    const invitation = await inviteReseller(provider, reseller);
    expect(await getProviderInvitationLanding(invitation.token, null)).toMatchObject({
      state: "signedOut",
      invitation: { providerName: provider.partner.legalName, invitedName: reseller.partner.legalName },
    });
  });
});
