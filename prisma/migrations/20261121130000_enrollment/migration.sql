-- Enrollment wizard (issue: Enrollment and programs): resumable drafts, R14 transitions,
-- re-verification of a changed primary-contact email.

-- AlterTable
ALTER TABLE "partner_organizations" ADD COLUMN "pending_contact_email" VARCHAR(254);

-- AlterTable
ALTER TABLE "program_enrollments" ADD COLUMN "via_transition" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "enrollment_drafts" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "program" "Program" NOT NULL,
    "started_by_user_id" UUID,
    "membership_account_id" UUID,
    "membership_profile_id" UUID,
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "enrollment_drafts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "enrollment_drafts_tenant_id_program_key" ON "enrollment_drafts"("tenant_id", "program");

-- CreateIndex
CREATE INDEX "enrollment_drafts_started_by_user_id_idx" ON "enrollment_drafts"("started_by_user_id");

-- CreateIndex
CREATE INDEX "enrollment_drafts_membership_account_id_idx" ON "enrollment_drafts"("membership_account_id");

-- CreateIndex
CREATE INDEX "enrollment_drafts_membership_profile_id_idx" ON "enrollment_drafts"("membership_profile_id");

-- AddForeignKey
ALTER TABLE "enrollment_drafts" ADD CONSTRAINT "enrollment_drafts_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollment_drafts" ADD CONSTRAINT "enrollment_drafts_started_by_user_id_fkey" FOREIGN KEY ("started_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollment_drafts" ADD CONSTRAINT "enrollment_drafts_membership_account_id_fkey" FOREIGN KEY ("membership_account_id") REFERENCES "membership_accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollment_drafts" ADD CONSTRAINT "enrollment_drafts_membership_profile_id_fkey" FOREIGN KEY ("membership_profile_id") REFERENCES "organization_profiles"("id") ON DELETE SET NULL ON UPDATE CASCADE;
