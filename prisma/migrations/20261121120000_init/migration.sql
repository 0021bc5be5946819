-- CreateEnum
CREATE TYPE "TenantKind" AS ENUM ('PARTNER', 'CUSTOMER');

-- CreateEnum
CREATE TYPE "AgentRole" AS ENUM ('ADMIN_AGENT', 'SALES_AGENT', 'HELPDESK_AGENT', 'NO_AGENT');

-- CreateEnum
CREATE TYPE "AdminRole" AS ENUM ('GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN', 'NO_ADMIN');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "Program" AS ENUM ('DIRECT_BILL', 'INDIRECT_PROVIDER', 'INDIRECT_RESELLER');

-- CreateEnum
CREATE TYPE "EnrollmentStatus" AS ENUM ('AWAITING_EMAIL_VERIFICATION', 'IN_REVIEW', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('PARTNER_AGREEMENT', 'INDIRECT_RESELLER_AGREEMENT');

-- CreateEnum
CREATE TYPE "RelationshipStatus" AS ENUM ('ACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('DIRECT_BILL', 'INDIRECT');

-- CreateEnum
CREATE TYPE "InvitationKind" AS ENUM ('RESELLER_PARTNERSHIP', 'CUSTOMER_RELATIONSHIP', 'CUSTOMER_JOINT');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REVOKED');

-- CreateEnum
CREATE TYPE "SupportCategory" AS ENUM ('ACCOUNT', 'BILLING', 'ENROLLMENT', 'TECHNICAL', 'END_PROVIDER_RESELLER_RELATIONSHIP');

-- CreateEnum
CREATE TYPE "SupportStatus" AS ENUM ('OPEN', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'DEAD');

-- CreateTable
CREATE TABLE "tenants" (
    "id" UUID NOT NULL,
    "kind" "TenantKind" NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "primary_domain" VARCHAR(253) NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tenants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "agent_role" "AgentRole" NOT NULL DEFAULT 'NO_AGENT',
    "admin_role" "AdminRole" NOT NULL DEFAULT 'NO_ADMIN',
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "temp_password_expires_at" TIMESTAMPTZ(3),
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "preferred_locale" VARCHAR(5) NOT NULL DEFAULT 'en',
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "ip" VARCHAR(45),
    "user_agent" VARCHAR(300),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partner_organizations" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "pn_id" VARCHAR(20) NOT NULL,
    "legal_name" VARCHAR(200) NOT NULL,
    "address_line1" VARCHAR(200) NOT NULL,
    "address_line2" VARCHAR(200),
    "city" VARCHAR(100) NOT NULL,
    "postal_code" VARCHAR(20) NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "contact_name" VARCHAR(200) NOT NULL,
    "contact_email" VARCHAR(254) NOT NULL,
    "contact_phone" VARCHAR(40) NOT NULL,
    "contact_email_verified_at" TIMESTAMPTZ(3),
    "support_email" VARCHAR(254) NOT NULL,
    "support_phone" VARCHAR(40),
    "support_website" VARCHAR(300),
    "indirect_move_eligible_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partner_organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "program_enrollments" (
    "id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "program" "Program" NOT NULL,
    "status" "EnrollmentStatus" NOT NULL,
    "started_by_user_id" UUID,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email_verified_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_operator_id" UUID,
    "rejection_reason" VARCHAR(2000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "program_enrollments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_acceptances" (
    "id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "version" VARCHAR(20) NOT NULL,
    "accepted_by_user_id" UUID,
    "signer_name" VARCHAR(200) NOT NULL,
    "signer_title" VARCHAR(200) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agreement_acceptances_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_verifications" (
    "id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_verifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership_accounts" (
    "id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_profiles" (
    "id" UUID NOT NULL,
    "pn_id" VARCHAR(20) NOT NULL,
    "legal_name" VARCHAR(200) NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organization_profiles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership_access" (
    "account_id" UUID NOT NULL,
    "profile_id" UUID NOT NULL,

    CONSTRAINT "membership_access_pkey" PRIMARY KEY ("account_id", "profile_id")
);

-- CreateTable
CREATE TABLE "provider_reseller_relationships" (
    "id" UUID NOT NULL,
    "provider_id" UUID NOT NULL,
    "reseller_id" UUID NOT NULL,
    "status" "RelationshipStatus" NOT NULL DEFAULT 'ACTIVE',
    "invitation_id" UUID,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),
    "ended_by_operator_id" UUID,
    "end_reason" VARCHAR(2000),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "provider_reseller_relationships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer_relationships" (
    "id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "customer_tenant_id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "linked_partner_id" UUID,
    "status" "RelationshipStatus" NOT NULL DEFAULT 'ACTIVE',
    "invitation_id" UUID,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "customer_relationships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL,
    "kind" "InvitationKind" NOT NULL,
    "inviter_id" UUID NOT NULL,
    "co_inviter_id" UUID,
    "sent_by_user_id" UUID,
    "intended_email" VARCHAR(254) NOT NULL,
    "intended_tenant_kind" "TenantKind" NOT NULL,
    "target_partner_id" UUID,
    "message" VARCHAR(5000),
    "locale" VARCHAR(5) NOT NULL DEFAULT 'en',
    "token_hash" CHAR(64) NOT NULL,
    "status" "InvitationStatus" NOT NULL DEFAULT 'PENDING',
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resent_at" TIMESTAMPTZ(3),
    "accepted_at" TIMESTAMPTZ(3),
    "accepted_by_user_id" UUID,
    "accepted_tenant_id" UUID,
    "revoked_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_requests" (
    "id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "created_by_user_id" UUID,
    "category" "SupportCategory" NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "description" VARCHAR(10000) NOT NULL,
    "relationship_id" UUID,
    "status" "SupportStatus" NOT NULL DEFAULT 'OPEN',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "support_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_messages" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "user_id" UUID,
    "operator_id" UUID,
    "body" VARCHAR(10000) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "operators" (
    "id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "operators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" UUID NOT NULL,
    "tenant_id" UUID,
    "actor_user_id" UUID,
    "actor_operator_id" UUID,
    "actor_label" VARCHAR(254) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "target_type" VARCHAR(40) NOT NULL,
    "target_id" VARCHAR(64),
    "target_label" VARCHAR(254),
    "before" JSONB,
    "after" JSONB,
    "ip" VARCHAR(45),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_emails" (
    "id" UUID NOT NULL,
    "tenant_id" UUID,
    "template" VARCHAR(64) NOT NULL,
    "to_address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "html" TEXT,
    "text" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" VARCHAR(2000),
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "outbox_emails_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_buckets" (
    "key" VARCHAR(300) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "reset_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limit_buckets_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "tenants_primary_domain_key" ON "tenants"("primary_domain");

-- CreateIndex
CREATE INDEX "tenants_kind_name_idx" ON "tenants"("kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_tenant_id_name_idx" ON "users"("tenant_id", "name");

-- CreateIndex
CREATE INDEX "users_tenant_id_admin_role_status_idx" ON "users"("tenant_id", "admin_role", "status");

-- CreateIndex
CREATE INDEX "user_sessions_user_id_created_at_idx" ON "user_sessions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "user_sessions_expires_at_idx" ON "user_sessions"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "partner_organizations_tenant_id_key" ON "partner_organizations"("tenant_id");

-- CreateIndex
CREATE UNIQUE INDEX "partner_organizations_pn_id_key" ON "partner_organizations"("pn_id");

-- CreateIndex
CREATE INDEX "partner_organizations_country_code_idx" ON "partner_organizations"("country_code");

-- CreateIndex
CREATE INDEX "program_enrollments_status_program_submitted_at_idx" ON "program_enrollments"("status", "program", "submitted_at");

-- CreateIndex
CREATE INDEX "program_enrollments_started_by_user_id_idx" ON "program_enrollments"("started_by_user_id");

-- CreateIndex
CREATE INDEX "program_enrollments_decided_by_operator_id_idx" ON "program_enrollments"("decided_by_operator_id");

-- CreateIndex
CREATE UNIQUE INDEX "program_enrollments_partner_id_program_key" ON "program_enrollments"("partner_id", "program");

-- CreateIndex
CREATE INDEX "agreement_acceptances_accepted_by_user_id_idx" ON "agreement_acceptances"("accepted_by_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_acceptances_partner_id_kind_version_key" ON "agreement_acceptances"("partner_id", "kind", "version");

-- CreateIndex
CREATE UNIQUE INDEX "email_verifications_token_hash_key" ON "email_verifications"("token_hash");

-- CreateIndex
CREATE INDEX "email_verifications_partner_id_created_at_idx" ON "email_verifications"("partner_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "membership_accounts_email_key" ON "membership_accounts"("email");

-- CreateIndex
CREATE UNIQUE INDEX "organization_profiles_pn_id_key" ON "organization_profiles"("pn_id");

-- CreateIndex
CREATE INDEX "membership_access_profile_id_idx" ON "membership_access"("profile_id");

-- CreateIndex
CREATE UNIQUE INDEX "provider_reseller_relationships_invitation_id_key" ON "provider_reseller_relationships"("invitation_id");

-- CreateIndex
CREATE INDEX "provider_reseller_relationships_provider_id_status_started_at_idx" ON "provider_reseller_relationships"("provider_id", "status", "started_at");

-- CreateIndex
CREATE INDEX "provider_reseller_relationships_reseller_id_status_started_at_idx" ON "provider_reseller_relationships"("reseller_id", "status", "started_at");

-- CreateIndex
CREATE INDEX "provider_reseller_relationships_ended_by_operator_id_idx" ON "provider_reseller_relationships"("ended_by_operator_id");

-- CreateIndex
CREATE UNIQUE INDEX "provider_reseller_one_active" ON "provider_reseller_relationships"("provider_id", "reseller_id") WHERE "status" = 'ACTIVE';

-- CreateIndex
CREATE INDEX "customer_relationships_partner_id_status_started_at_idx" ON "customer_relationships"("partner_id", "status", "started_at");

-- CreateIndex
CREATE INDEX "customer_relationships_partner_id_channel_status_idx" ON "customer_relationships"("partner_id", "channel", "status");

-- CreateIndex
CREATE INDEX "customer_relationships_partner_id_linked_partner_id_status_idx" ON "customer_relationships"("partner_id", "linked_partner_id", "status");

-- CreateIndex
CREATE INDEX "customer_relationships_customer_tenant_id_status_idx" ON "customer_relationships"("customer_tenant_id", "status");

-- CreateIndex
CREATE INDEX "customer_relationships_linked_partner_id_idx" ON "customer_relationships"("linked_partner_id");

-- CreateIndex
CREATE INDEX "customer_relationships_invitation_id_idx" ON "customer_relationships"("invitation_id");

-- CreateIndex
CREATE UNIQUE INDEX "customer_relationship_one_active" ON "customer_relationships"("partner_id", "customer_tenant_id") WHERE "status" = 'ACTIVE';

-- CreateIndex
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"("token_hash");

-- CreateIndex
CREATE INDEX "invitations_inviter_id_kind_status_created_at_idx" ON "invitations"("inviter_id", "kind", "status", "created_at");

-- CreateIndex
CREATE INDEX "invitations_co_inviter_id_status_idx" ON "invitations"("co_inviter_id", "status");

-- CreateIndex
CREATE INDEX "invitations_target_partner_id_idx" ON "invitations"("target_partner_id");

-- CreateIndex
CREATE INDEX "invitations_sent_by_user_id_idx" ON "invitations"("sent_by_user_id");

-- CreateIndex
CREATE INDEX "invitations_accepted_by_user_id_idx" ON "invitations"("accepted_by_user_id");

-- CreateIndex
CREATE INDEX "invitations_accepted_tenant_id_idx" ON "invitations"("accepted_tenant_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_one_pending" ON "invitations"("inviter_id", "kind", "intended_email") WHERE "status" = 'PENDING';

-- CreateIndex
CREATE INDEX "support_requests_partner_id_created_at_idx" ON "support_requests"("partner_id", "created_at");

-- CreateIndex
CREATE INDEX "support_requests_status_created_at_idx" ON "support_requests"("status", "created_at");

-- CreateIndex
CREATE INDEX "support_requests_created_by_user_id_idx" ON "support_requests"("created_by_user_id");

-- CreateIndex
CREATE INDEX "support_requests_relationship_id_idx" ON "support_requests"("relationship_id");

-- CreateIndex
CREATE INDEX "support_messages_request_id_created_at_idx" ON "support_messages"("request_id", "created_at");

-- CreateIndex
CREATE INDEX "support_messages_user_id_idx" ON "support_messages"("user_id");

-- CreateIndex
CREATE INDEX "support_messages_operator_id_idx" ON "support_messages"("operator_id");

-- CreateIndex
CREATE UNIQUE INDEX "operators_email_key" ON "operators"("email");

-- CreateIndex
CREATE INDEX "audit_events_tenant_id_created_at_idx" ON "audit_events"("tenant_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_tenant_id_action_created_at_idx" ON "audit_events"("tenant_id", "action", "created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_tenant_id_actor_label_created_at_idx" ON "audit_events"("tenant_id", "actor_label", "created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at" DESC);

-- CreateIndex
CREATE INDEX "outbox_emails_status_next_attempt_at_idx" ON "outbox_emails"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_emails_tenant_id_status_created_at_idx" ON "outbox_emails"("tenant_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "rate_limit_buckets_reset_at_idx" ON "rate_limit_buckets"("reset_at");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_organizations" ADD CONSTRAINT "partner_organizations_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_enrollments" ADD CONSTRAINT "program_enrollments_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner_organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_enrollments" ADD CONSTRAINT "program_enrollments_started_by_user_id_fkey" FOREIGN KEY ("started_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_enrollments" ADD CONSTRAINT "program_enrollments_decided_by_operator_id_fkey" FOREIGN KEY ("decided_by_operator_id") REFERENCES "operators"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "agreement_acceptances_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner_organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "agreement_acceptances_accepted_by_user_id_fkey" FOREIGN KEY ("accepted_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_verifications" ADD CONSTRAINT "email_verifications_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner_organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership_access" ADD CONSTRAINT "membership_access_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "membership_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership_access" ADD CONSTRAINT "membership_access_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "organization_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_reseller_relationships" ADD CONSTRAINT "provider_reseller_relationships_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "partner_organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_reseller_relationships" ADD CONSTRAINT "provider_reseller_relationships_reseller_id_fkey" FOREIGN KEY ("reseller_id") REFERENCES "partner_organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_reseller_relationships" ADD CONSTRAINT "provider_reseller_relationships_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "invitations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_reseller_relationships" ADD CONSTRAINT "provider_reseller_relationships_ended_by_operator_id_fkey" FOREIGN KEY ("ended_by_operator_id") REFERENCES "operators"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_relationships" ADD CONSTRAINT "customer_relationships_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner_organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_relationships" ADD CONSTRAINT "customer_relationships_customer_tenant_id_fkey" FOREIGN KEY ("customer_tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_relationships" ADD CONSTRAINT "customer_relationships_linked_partner_id_fkey" FOREIGN KEY ("linked_partner_id") REFERENCES "partner_organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_relationships" ADD CONSTRAINT "customer_relationships_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "invitations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_inviter_id_fkey" FOREIGN KEY ("inviter_id") REFERENCES "partner_organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_co_inviter_id_fkey" FOREIGN KEY ("co_inviter_id") REFERENCES "partner_organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_target_partner_id_fkey" FOREIGN KEY ("target_partner_id") REFERENCES "partner_organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_sent_by_user_id_fkey" FOREIGN KEY ("sent_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_by_user_id_fkey" FOREIGN KEY ("accepted_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_tenant_id_fkey" FOREIGN KEY ("accepted_tenant_id") REFERENCES "tenants"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner_organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_relationship_id_fkey" FOREIGN KEY ("relationship_id") REFERENCES "provider_reseller_relationships"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "support_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "operators"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_emails" ADD CONSTRAINT "outbox_emails_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Invariants Prisma's schema language can't express (kept in SQL, covered by tests).
-- Emails and domains are stored normalized, so the unique indexes are case-insensitive (R17).
ALTER TABLE "users" ADD CONSTRAINT "users_email_normalized" CHECK ("email" = lower(btrim("email")));
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_primary_domain_normalized" CHECK ("primary_domain" = lower(btrim("primary_domain")));
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_intended_email_normalized" CHECK ("intended_email" = lower(btrim("intended_email")));
ALTER TABLE "membership_accounts" ADD CONSTRAINT "membership_accounts_email_normalized" CHECK ("email" = lower(btrim("email")));
ALTER TABLE "operators" ADD CONSTRAINT "operators_email_normalized" CHECK ("email" = lower(btrim("email")));
ALTER TABLE "provider_reseller_relationships" ADD CONSTRAINT "provider_reseller_distinct" CHECK ("provider_id" <> "reseller_id");

-- The audit log is append-only; only events older than the one-year retention may be purged.
CREATE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD."created_at" < now() - interval '1 year' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();
